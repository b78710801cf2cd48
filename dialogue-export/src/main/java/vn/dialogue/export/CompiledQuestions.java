package vn.dialogue.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.participant.VietnameseCollation;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;
import vn.dialogue.question.Channel;
import vn.dialogue.question.ClosedQuestion;
import vn.dialogue.question.LocallyHandledQuestion;
import vn.dialogue.question.Original;
import vn.dialogue.question.Outcomes;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.Routing;

/**
 * The compiled questions of a dialogue as every question document shows them, numbered once so that "nội dung
 * số 12" means the same question in the compiled list, the script, the letters and the public page.
 *
 * <p>Compiled means taken into the dialogue and not folded into another: accepted (a compiled question starts
 * there), routed, drafted, answered live, deferred, answered in writing, closed, or settled locally. Received,
 * rejected, merged and withdrawn questions are left out; a merged question's submission is counted in the compiled
 * question it joined. They are grouped by topic (the first of the question's topics, in the plan's topic order;
 * topics the plan does not know after, then questions without a topic), then by the agency answerable for them
 * (by name in Vietnamese order, questions without an agency last), then by question id. Stateless.
 */
final class CompiledQuestions {

    private static final Set<QuestionStatus> COMPILED = EnumSet.of(QuestionStatus.ACCEPTED, QuestionStatus.ROUTED,
            QuestionStatus.ANSWER_DRAFTED, QuestionStatus.ANSWERED_LIVE, QuestionStatus.DEFERRED,
            QuestionStatus.RESOLVED_IN_WRITING, QuestionStatus.CLOSED, QuestionStatus.HANDLED_LOCALLY);

    /**
     * One compiled question with its place in the list.
     *
     * @param number   its number, from 1, in list order
     * @param question the question
     * @param topic    the topic id it is grouped under, or "" for none
     * @param agency   the organisation id answerable for it, or "" while none is decided
     */
    record Entry(int number, Question question, String topic, String agency) {
    }

    /**
     * The entries of one topic and agency.
     *
     * @param topic   the topic id, or ""
     * @param agency  the agency id, or ""
     * @param entries the entries, in order
     */
    record Group(String topic, String agency, List<Entry> entries) {
    }

    private final Plan plan;
    private final List<Entry> entries;

    private CompiledQuestions(Plan plan, List<Entry> entries) {
        this.plan = plan;
        this.entries = entries;
    }

    static CompiledQuestions of(Plan plan, Collection<? extends Question> questions) {
        List<Question> selected = questions.stream().filter(q -> COMPILED.contains(q.status()))
                .map(q -> (Question) q).toList();
        Map<String, Integer> topicRank = new LinkedHashMap<>();
        for (int i = 0; i < plan.topics().size(); i++) {
            topicRank.put(plan.topics().get(i).id(), i);
        }
        record Keyed(Question q, String topic, String agency) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Question q : selected) {
            String topic = q.dossier().topics().stream().filter(topicRank::containsKey).findFirst()
                    .orElse(q.dossier().topics().isEmpty() ? "" : q.dossier().topics().get(0));
            keyed.add(new Keyed(q, topic, agencyOf(q).orElse("")));
        }
        Comparator<String> topicOrder = Comparator.comparingInt((String t) -> t.isEmpty() ? Integer.MAX_VALUE
                : topicRank.getOrDefault(t, Integer.MAX_VALUE - 1)).thenComparing(t -> t);
        Comparator<String> agencyOrder = Comparator.comparing((String a) -> a.isEmpty())
                .thenComparing(a -> plan.registry().organisationName(a), VietnameseCollation.textOrder())
                .thenComparing(a -> a);
        keyed.sort(Comparator.comparing(Keyed::topic, topicOrder).thenComparing(Keyed::agency, agencyOrder)
                .thenComparing(k -> k.q().id()));
        List<Entry> entries = new ArrayList<>();
        for (Keyed k : keyed) {
            entries.add(new Entry(entries.size() + 1, k.q(), k.topic(), k.agency()));
        }
        return new CompiledQuestions(plan, List.copyOf(entries));
    }

    /** The agency answerable for a question: the lead, the answering or responsible agency, the local authority. */
    static Optional<String> agencyOf(Question q) {
        Question inner = q instanceof ClosedQuestion c ? c.settled() : q;
        if (inner instanceof LocallyHandledQuestion local) {
            return Optional.of(local.settlement().authority());
        }
        return q.agency();
    }

    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries grouped by topic then agency, in list order. */
    List<Group> groups() {
        List<Group> out = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        for (Entry e : entries) {
            if (!current.isEmpty() && !(current.get(0).topic().equals(e.topic())
                    && current.get(0).agency().equals(e.agency()))) {
                out.add(new Group(current.get(0).topic(), current.get(0).agency(), List.copyOf(current)));
                current.clear();
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            out.add(new Group(current.get(0).topic(), current.get(0).agency(), List.copyOf(current)));
        }
        return out;
    }

    /** How many submissions the compiled questions answer together. */
    int submissions() {
        return entries.stream().mapToInt(e -> e.question().dossier().originals().size()).sum();
    }

    /** The topic's title, or the wording for no topic (also for a topic the plan does not know: never its key). */
    String topicTitle(String topic, Wording wording) {
        if (topic.isEmpty()) {
            return wording.text("question.no-topic");
        }
        return plan.topic(topic).map(Topic::title).orElse(wording.text("question.no-topic"));
    }

    /** The agency's full name, or the wording for an agency not yet decided. */
    String agencyName(String agency, Wording wording) {
        return agency.isEmpty() ? wording.text("question.no-agency") : plan.registry().organisation(agency)
                .map(Organisation::name).orElse(wording.text("question.unknown-agency"));
    }

    /** The agency's short name. */
    String agencyShortName(String agency, Wording wording) {
        return agency.isEmpty() ? wording.text("question.no-agency")
                : plan.registry().organisation(agency).map(Organisation::displayShortName)
                        .orElse(wording.text("question.unknown-agency"));
    }

    /** The routing while the answer is being prepared, if any. */
    static Optional<Routing> routing(Question q) {
        if (q.status() == QuestionStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Outcomes.routing(q);
    }

    /** "Hội LHPN tỉnh (3); Tại hội nghị (Hội trường Ngọc Linh) (1)": where the submissions came from, with counts. */
    String channels(Question q, Wording wording) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Original o : q.dossier().originals()) {
            counts.merge(channel(o.submission().channel(), o.asker().unit(), wording), 1, Integer::sum);
        }
        return counted(counts);
    }

    /** "Đăk Hà (2); Kon Plông (1)": the askers' administrative units by short name, with counts; empty if none. */
    String units(Question q) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Original o : q.dossier().originals()) {
            if (o.asker().unit() != null) {
                plan.registry().unit(o.asker().unit()).map(u -> u.displayShortName())
                        .ifPresent(name -> counts.merge(name, 1, Integer::sum));
            }
        }
        return counted(counts);
    }

    /**
     * A channel in words: the forwarding branch's short name, the portal's, the floor at a venue, the hotline... A
     * branch or portal the registry does not know is never printed by its key: the branch reads as the grassroots
     * union of the asker's unit ("Cơ sở Hội phường Duy Tân"), or of its level, the portal as the kind of channel.
     */
    String channel(Channel c, @Nullable String askerUnit, Wording wording) {
        String source = c.source() == null ? "" : c.source();
        switch (c.kind()) {
            case UNION_BRANCH: {
                Optional<String> known = plan.registry().organisation(source).map(Organisation::displayShortName);
                if (known.isPresent()) {
                    return wording.format("channel.union-branch", Map.of("branch", known.get()));
                }
                Optional<String> where = askerUnit == null ? Optional.empty()
                        : plan.registry().unit(askerUnit).map(u -> u.name());
                if (where.isEmpty() && c.level() != null) {
                    where = plan.registry().level(c.level()).map(l -> wording.format("channel.level",
                            Map.of("level", l.name())));
                }
                return where.map(w -> wording.format("channel.union-branch-of", Map.of("unit", w)))
                        .orElse(wording.text("channel.union-branch-unknown"));
            }
            case WEB_PORTAL:
                return plan.registry().organisation(source).map(Organisation::displayShortName)
                        .map(p -> wording.format("channel.web-portal", Map.of("portal", p)))
                        .orElse(wording.text("channel.web-portal-unknown"));
            case FLOOR:
                return plan.venue(source).map(v -> wording.format("channel.floor", Map.of("venue", v.name())))
                        .orElse(wording.text("channel.floor-unknown"));
            default:
                return wording.text("channel." + c.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** The status in words: wording {@code question-status.<status in kebab case>}. */
    static String status(Question q, Wording wording) {
        return wording.text("question-status." + q.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The submission kinds of a question in words, each once: "kiến nghị, câu hỏi". */
    static String kinds(Question q, Wording wording) {
        return q.dossier().originals().stream().map(o -> o.submission().kind()).distinct().sorted()
                .map(k -> wording.text("submission-kind." + k.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    /** The settled question inside a closed one, or the question itself. */
    static Question settledOrSelf(Question q) {
        return q instanceof ClosedQuestion c ? c.settled() : q;
    }

    private static String counted(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("; "));
    }
}
