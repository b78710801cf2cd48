package vn.dialogue.export;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Topic;

/**
 * The items of a plan's first session, as the programme and the run-of-show script both print them. The plan's own
 * agenda, when it has one, gives the items, their times (an item's start, else the time reached by adding the
 * planned minutes of the items before it to the session's start) and presenters (else the answering agencies);
 * otherwise the usual order of a dialogue, worded by the {@link Wording}: welcome, opening, the chair's speech, one
 * dialogue item per topic, the chair's conclusions, closing, with the session's start and end. Stateless.
 */
final class Agenda {

    /**
     * One item.
     *
     * @param time     "07:30", or empty when not known
     * @param title    what happens
     * @param who      who does it, or empty
     * @param agencies organisation ids answering in it
     * @param topic    the plan topic it takes up, or null
     */
    record Item(String time, String title, String who, List<String> agencies, @Nullable String topic) {
    }

    private Agenda() {
    }

    static List<Item> of(Plan plan, Wording wording) {
        return plan.agenda().isEmpty() ? usualOrder(plan, wording) : planned(plan, plan.firstSession().orElse(null));
    }

    /** The programme of one session: its own items; the first session without items keeps the usual order. */
    static List<Item> of(Plan plan, Session session, Wording wording) {
        boolean first = plan.firstSession().map(f -> f.id().equals(session.id())).orElse(false);
        if (first) {
            return of(plan, wording);
        }
        return planned(plan, session);
    }

    private static List<Item> planned(Plan plan, @Nullable Session session) {
        List<Item> items = new ArrayList<>();
        LocalTime clock = session == null ? null : session.start();
        List<AgendaItem> agenda = session == null ? plan.agenda() : plan.agendaOf(session.id());
        for (AgendaItem item : agenda) {
            LocalTime at = item.start() != null ? item.start() : clock;
            String who = item.presenter() != null ? item.presenter() : shortNames(plan, item.agencies());
            items.add(new Item(at == null ? "" : PlanFacts.hhmm(at), item.title(), who, item.agencies(), item.topic()));
            clock = at == null || item.minutes() == null ? null : at.plusMinutes(item.minutes());
        }
        return items;
    }

    private static List<Item> usualOrder(Plan plan, Wording wording) {
        String chair = PlanFacts.chair(plan, wording).orElse("");
        Optional<Session> s = plan.firstSession();
        String start = s.map(Session::start).map(PlanFacts::hhmm).orElse("");
        String end = s.map(Session::end).map(PlanFacts::hhmm).orElse("");
        List<Item> items = new ArrayList<>();
        items.add(new Item(start, wording.text("document.programme.item-welcome"),
                wording.text("document.programme.item-welcome-by"), List.of(), null));
        items.add(new Item("", wording.text("document.programme.item-opening"),
                wording.text("document.programme.item-opening-by"), List.of(), null));
        items.add(new Item("", wording.text("document.programme.item-speech"), chair, List.of(), null));
        for (Topic t : plan.topics()) {
            items.add(new Item("", wording.format("document.programme.item-topic", Map.of("topic", t.title())),
                    shortNames(plan, t.agencies()), t.agencies(), t.id()));
        }
        items.add(new Item("", wording.text("document.programme.item-conclusion"), chair, List.of(), null));
        items.add(new Item(end, wording.text("document.programme.item-closing"),
                wording.text("document.programme.item-opening-by"), List.of(), null));
        return items;
    }

    /** The short names of organisations, "; "-separated. */
    static String shortNames(Plan plan, List<String> organisations) {
        return organisations.stream().map(a -> plan.registry().organisation(a).map(Organisation::displayShortName)
                .orElse(null)).filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
    }
}
