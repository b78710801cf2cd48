package vn.dialogue.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Question;

/**
 * Strikes the identity of askers who did not consent to publication out of text meant for the public
 * ({@link Audience#PUBLIC} documents): their name, their organisation, their contact as given, each phone number in
 * it (in any spacing: "0905 123 456", "0905.123.456" and "+84 905 123 456" alike) and each e-mail address in it,
 * wherever they occur, ignoring case, each replaced by a mark. An organisation that is also one of the plan's
 * organisations (an agency, by its name or short name) is not struck: it is a public body, named in answers. Fields
 * are matched as whole words, so that a name does not strike the inside of another word; text is compared in NFC,
 * so a name typed decomposed (NFD) is struck too. A name written otherwise than the asker gave it (a nickname, the
 * given name alone) cannot be recognised: whoever words a compiled question keeps identities out of it; this is the
 * second line of defence. Immutable and thread-safe.
 */
final class Redaction {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .\\-()]{6,}\\d");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;]+@[^\\s@,;]+\\.[^\\s@,;]+");

    private final List<Pattern> patterns;
    private final String mark;

    private Redaction(List<Pattern> patterns, String mark) {
        this.patterns = patterns;
        this.mark = mark;
    }

    /**
     * The redaction of every non-consenting asker of {@code questions} (their dossiers' askers), sparing the plan's
     * organisations' names; the mark is the wording's {@code document.public.struck}.
     */
    static Redaction of(Plan plan, Collection<? extends Question> questions, Wording wording) {
        List<Asker> askers = new ArrayList<>();
        for (Question q : questions) {
            askers.addAll(q.dossier().askers());
        }
        Set<String> bodies = new HashSet<>();
        for (Organisation o : plan.registry().organisations()) {
            bodies.add(key(o.name()));
            if (o.shortName() != null) {
                bodies.add(key(o.shortName()));
            }
        }
        return of(askers, wording.text("document.public.struck"), bodies);
    }

    /** The redaction of every non-consenting asker among {@code askers}; {@code mark} replaces what is struck. */
    static Redaction of(Collection<Asker> askers, String mark) {
        return of(askers, mark, Set.of());
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** As {@link #of(Collection, String)}, sparing organisations whose {@link #key} is in {@code publicBodies}. */
    private static Redaction of(Collection<Asker> askers, String mark, Set<String> publicBodies) {
        Set<String> literals = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (Asker a : askers) {
            if (a.consentToPublish()) {
                continue;
            }
            literals.add(a.name());
            if (a.organisation() != null && !publicBodies.contains(key(a.organisation()))) {
                literals.add(a.organisation());
            }
            if (a.contact() != null) {
                literals.add(a.contact());
                Matcher phone = PHONE.matcher(a.contact());
                while (phone.find()) {
                    phones.add(phone.group().replaceAll("\\D", ""));
                }
                Matcher email = EMAIL.matcher(a.contact());
                while (email.find()) {
                    literals.add(email.group());
                }
            }
        }
        List<String> sorted = new ArrayList<>(literals);
        // longest first, so that a contact holding a name is struck whole
        sorted.sort((x, y) -> Integer.compare(y.length(), x.length()));
        List<Pattern> patterns = new ArrayList<>();
        for (String literal : sorted) {
            String text = Normalizer.normalize(literal, Normalizer.Form.NFC).strip();
            if (text.length() < 2) {
                continue;
            }
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String digits : phones) {
            // the national number (without 0 or +84), its digits with any spacing or punctuation between them
            String national = digits.startsWith("84") && digits.length() >= 11 ? digits.substring(2)
                    : digits.startsWith("0") ? digits.substring(1) : digits;
            StringBuilder re = new StringBuilder("(?<!\\d)(?:\\+?84|0)?");
            for (int i = 0; i < national.length(); i++) {
                re.append("[ .\\-()]*").append(national.charAt(i));
            }
            patterns.add(Pattern.compile(re.append("(?!\\d)").toString()));
        }
        return new Redaction(List.copyOf(patterns), mark);
    }

    /** {@code text} with every identifying field struck out. */
    String apply(String text) {
        String out = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(mark));
        }
        return out;
    }

    /** True if {@code text} holds nothing this redaction would strike. */
    boolean isClean(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Pattern p : patterns) {
            if (p.matcher(t).find()) {
                return false;
            }
        }
        return true;
    }
}
