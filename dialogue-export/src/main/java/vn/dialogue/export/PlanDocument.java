package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.TextWidth;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.Numbering;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DialogueFormat;
import vn.dialogue.plan.FundingLine;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.LegalBasis;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Task;
import vn.dialogue.plan.Topic;

import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;

/**
 * The plan (Kế hoạch) itself, composed from a {@link Plan} in the layout of the seed document and
 * Nghị định 30/2020: the header, the type and subject, the legal bases in italics, sections I to VI
 * (I. MỤC ĐÍCH, YÊU CẦU, ..., VI. TỔ CHỨC THỰC HIỆN, with points a), b), ..., đ)), Nơi nhận with
 * nested recipients and purpose marks, the archive line and the signature block.
 *
 * <p>A draft prints "Số:      /KH-UBND" and leaves unknown parts of the date blank; an issued plan
 * prints its number and date with leading zeros. The fixed words come from the {@link Wording}
 * (Vietnamese by default); the plan's own text is printed as written. The timestamp written into
 * the files is the issue date (its first day when incomplete) at midnight in Vietnam, unless
 * given, so rendering never reads the clock. Immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = PlanFiles.read(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"));
 * PlanDocument.of(plan).write(Path.of("ke-hoach.pdf"));
 * }</pre>
 */
public final class PlanDocument {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Subject lines wider than this many points at 14 pt bold are broken into balanced lines. */
    private static final float SUBJECT_LINE_POINTS = 400f;

    private final Plan plan;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final PageSetup page;

    private PlanDocument(Plan plan, Wording wording, @Nullable Instant timestamp, PageSetup page) {
        this.plan = plan;
        this.wording = wording;
        this.timestamp = timestamp;
        this.page = page;
    }

    /**
     * The plan document of {@code plan} with the Vietnamese wording and A4 portrait.
     *
     * @param plan the plan
     * @return the plan document of {@code plan} with the Vietnamese wording and A4 portrait
     */
    public static PlanDocument of(Plan plan) {
        return new PlanDocument(Objects.requireNonNull(plan, "plan"), Wording.vietnamese(), null, PageSetup.a4Portrait());
    }

    /**
     * The same document with other fixed words (a province's override, or English).
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same document with other fixed words (a province's override, or English)
     */
    public PlanDocument withWording(Wording newWording) {
        return new PlanDocument(plan, Objects.requireNonNull(newWording, "wording"), timestamp, page);
    }

    /**
     * The same document stamped with {@code instant} as its creation and modification time.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same document stamped with {@code instant} as its creation and modification time
     */
    public PlanDocument withTimestamp(Instant instant) {
        return new PlanDocument(plan, wording, Objects.requireNonNull(instant, "instant"), page);
    }

    /**
     * The same document on another page setup.
     *
     * @param newPage the paper, orientation, margins and font size
     * @return the same document on another page setup
     */
    public PlanDocument withPageSetup(PageSetup newPage) {
        return new PlanDocument(plan, wording, timestamp, Objects.requireNonNull(newPage, "page"));
    }

    /**
     * The composed layout, ready for any renderer.
     *
     * @return the composed layout, ready for any renderer
     */
    public LayoutDocument layout() {
        return new Composer().compose();
    }

    /**
     * Renders the plan as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * Renders the plan into {@code file}, in the format its name ends with.
     *
     * @param file the file to write, replaced if it exists
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension names no known format
     */
    public void write(Path file) throws IOException {
        Documents.write(layout(), file);
    }

    /** One composition pass. */
    private final class Composer {
        private final List<Block> blocks = new ArrayList<>();
        private final Registry registry = plan.registry();
        private int section;

        LayoutDocument compose() {
            blocks.add(AdministrativeParts.header(plan.identity(), registry, wording, plan.year()));
            String subject = plan.identity().subject() == null ? "" : plan.identity().subject();
            blocks.add(new DocumentTitle(typeName(), subjectLines(subject)));
            intro();
            purposes();
            content();
            timeAndPlace();
            participants();
            funding();
            implementation();
            blocks.add(AdministrativeParts.footer(plan.recipients(), plan.archive(), plan.signature(),
                    plan.coSignatures(), wording));
            String title = typeName() + (subject.isEmpty() ? "" : " " + subject);
            String author = registry.organisation(plan.identity().issuer())
                    .map(o -> o.name()).orElse(plan.identity().issuer());
            DocumentInfo info = new DocumentInfo(title, author, wording.locale(), stamp());
            return new LayoutDocument(info, page, blocks);
        }

        private String typeName() {
            return "KH".equals(plan.identity().type().abbreviation())
                    ? wording.text("document.plan.type")
                    : AdministrativeParts.upper(plan.identity().type().name());
        }

        private void intro() {
            if (plan.preamble() != null && !plan.preamble().isBlank()) {
                blocks.add(Paragraph.of(Run.italic(plan.preamble())));
                return;
            }
            List<LegalBasis> bases = plan.legalBases();
            for (int i = 0; i < bases.size(); i++) {
                String end = i == bases.size() - 1 ? "." : ";";
                blocks.add(Paragraph.of(Run.italic(wording.format("plan.legal-basis",
                        Map.of("reference", reference(bases.get(i)))) + end)));
            }
        }

        private String reference(LegalBasis b) {
            StringBuilder sb = new StringBuilder(b.type()).append(' ')
                    .append(wording.text("plan.legal-basis-number")).append(' ').append(b.number());
            if (b.date() != null) {
                sb.append(' ').append(wording.inlineDate(b.date()));
            }
            if (b.issuer() != null) {
                sb.append(' ').append(wording.text("plan.legal-basis-of")).append(' ').append(b.issuer());
            }
            if (b.subject() != null) {
                sb.append(' ').append(wording.text("plan.legal-basis-about")).append(' ').append(b.subject());
            }
            return sb.toString();
        }

        private void section(String titleKey) {
            section++;
            blocks.add(Heading.of(1, Numbering.roman(section) + ".", wording.text(titleKey)));
        }

        private void purposes() {
            if (plan.purposes().isEmpty() && plan.requirements().isEmpty()) {
                return;
            }
            section("plan.purpose");
            int n = 0;
            if (!plan.purposes().isEmpty()) {
                n++;
                blocks.add(Heading.of(2, n + ".", wording.text("plan.purpose-aims")));
                blocks.add(dashes(plan.purposes()));
            }
            if (!plan.requirements().isEmpty()) {
                n++;
                headedText(2, n + ".", wording.text("plan.purpose-requirements"), plan.requirements());
            }
        }

        private void content() {
            DialogueFormat format = plan.format();
            if (plan.theme() == null && plan.topics().isEmpty() && format == null) {
                return;
            }
            section("plan.content");
            int n = 0;
            if (plan.theme() != null) {
                n++;
                blocks.add(Heading.of(2, n + ".", wording.text("plan.theme") + ":")
                        .continuedBy(Run.plain(" " + wording.format("plan.theme-quoted", Map.of("theme", plan.theme())))));
            }
            if (!plan.topics().isEmpty()) {
                n++;
                blocks.add(Heading.of(2, n + ".", wording.text("plan.topics")));
                blocks.add(dashes(plan.topics().stream().map(Topic::title).toList()));
            }
            if (format != null) {
                n++;
                Heading h = Heading.of(2, n + ".", wording.text("plan.format") + ":");
                blocks.add(format.summary() == null ? h : h.continuedBy(Run.plain(" " + format.summary())));
                if (!format.details().isEmpty()) {
                    blocks.add(dashes(format.details()));
                }
            }
            if (plan.questions() != null) {
                blocks.add(Paragraph.of(PlanFacts.questionTargets(plan.questions(), wording)));
            }
        }

        private void timeAndPlace() {
            if (plan.sessions().isEmpty() && plan.format() == null) {
                return;
            }
            section("plan.time-and-place");
            int n = 0;
            if (!plan.sessions().isEmpty()) {
                n++;
                blocks.add(Heading.of(2, n + ".", wording.text("plan.time") + ":")
                        .continuedBy(Run.plain(" " + sessions() + ".")));
            }
            if (plan.format() != null) {
                n++;
                blocks.add(Heading.of(2, n + ".", wording.text("plan.place") + ":")
                        .continuedBy(Run.plain(" " + places() + ".")));
            }
        }

        private String sessions() {
            String count = wording.format("plan.sessions-count",
                    Map.of("count", AdministrativeParts.pad2(plan.sessions().size())));
            List<String> when = new ArrayList<>();
            boolean several = plan.sessions().size() > 1;
            for (Session s : plan.sessions()) {
                if (several || s.title() != null || s.isWindow()) {
                    // several sittings or events: each with its title, day or window, hours and venue
                    when.add(PlanFacts.sessionLine(plan, s, wording));
                } else if (s.date() != null) {
                    when.add(sessionDay(s));
                } else if (s.month() != null) {
                    when.add(wording.format("plan.session-expected", Map.of("month",
                            Integer.toString(s.month().getMonthValue()), "year", Integer.toString(s.month().getYear()))));
                }
            }
            return when.isEmpty() ? count : count + ", " + String.join("; ", when);
        }

        /**
         * The day of a session with its part of day and its hours as far as the plan gives them: "buổi sáng ngày 22
         * tháng 11 năm 2024, từ 07 giờ 30 đến 11 giờ 30". A session whose part of day is not given but whose start is
         * takes its part from the start (before noon, the morning).
         */
        private String sessionDay(Session s) {
            String date = wording.format("plan.session-on", Map.of("date", wording.inlineDate(Objects.requireNonNull(s.date()))));
            PartOfDay part = s.partOfDay();
            if ((part == null || part == PartOfDay.UNSPECIFIED) && s.start() != null) {
                part = s.start().getHour() < 12 ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
            }
            String partKey = part == PartOfDay.MORNING ? "plan.part-morning"
                    : part == PartOfDay.AFTERNOON ? "plan.part-afternoon"
                    : part == PartOfDay.WHOLE_DAY ? "plan.part-whole-day" : null;
            String when = partKey == null ? date
                    : wording.format("plan.session-in-part", Map.of("part", wording.text(partKey), "date", date));
            if (s.start() != null && s.end() != null) {
                when += ", " + wording.format("plan.session-from-to", Map.of("start", PlanFacts.clock(s.start(), wording),
                        "end", PlanFacts.clock(s.end(), wording)));
            } else if (s.start() != null) {
                when += ", " + wording.format("plan.session-from", Map.of("start", PlanFacts.clock(s.start(), wording)));
            }
            return when;
        }

        /**
         * The main point and the bridge points as the plan names them: a venue whose name already says it is a
         * bridge point ("Điểm cầu phường ...") prints as it is; the others are listed under the levels of their
         * units, each level once ("điểm cầu xã, phường (...)").
         */
        private String places() {
            DialogueFormat format = Objects.requireNonNull(plan.format());
            List<String> parts = new ArrayList<>();
            Optional<Venue> main = plan.venue(format.mainVenue());
            String issuerLevel = registry.organisation(plan.identity().issuer())
                    .flatMap(o -> o.unit() == null ? Optional.empty() : registry.unit(o.unit()))
                    .map(this::levelName).orElse("");
            String mainName = main.map(v -> v.address() == null ? v.name() : v.name() + ", " + v.address())
                    .orElse(format.mainVenue());
            parts.add(namesItself(mainName) ? mainName
                    : wording.format("plan.venue-main", Map.of("level", issuerLevel, "venue", mainName))
                            .replace("  ", " ").replace(" ()", ""));
            List<BridgePoint> points = plan.bridgePoints();
            List<String> named = new ArrayList<>();
            if (!points.isEmpty() && format.bridgePointRule() != null && points.size() > PlanFacts.LISTED_POINTS) {
                // a rule over many units: the count and the room, not a hundred names
                String level = registry.unit(points.get(0).unit()).map(this::levelName).orElse("");
                parts.add(wording.format("plan.venue-bridge-rule", Map.of("count",
                        AdministrativeParts.pad2(points.size()), "level", level, "room",
                        format.bridgePointRule().roomAt(level))).replace("  ", " "));
            } else {
                List<String> listed = new ArrayList<>();
                java.util.LinkedHashSet<String> levels = new java.util.LinkedHashSet<>();
                for (BridgePoint b : points) {
                    String name = plan.venue(b.venue()).map(Venue::name).orElse(b.venue());
                    if (namesItself(name)) {
                        named.add(name);
                    } else {
                        listed.add(name);
                        registry.unit(b.unit()).map(this::levelName).filter(l -> !l.isEmpty()).ifPresent(levels::add);
                    }
                }
                if (!listed.isEmpty()) {
                    parts.add(wording.format("plan.venue-bridge", Map.of("level",
                            String.join(wording.text("plan.bridge-levels-joiner"), levels), "venues",
                            String.join("; ", listed))).replace("  ", " "));
                }
            }
            parts.addAll(named);
            return String.join("; ", parts);
        }

        /** Whether a venue's name says it is a bridge point ("Điểm cầu phường ..."): then it prints as written. */
        private boolean namesItself(String venueName) {
            String bridge = wording.text("plan.bridge-point-word");
            return !bridge.isEmpty() && venueName.strip().toLowerCase(wording.locale())
                    .startsWith(bridge.toLowerCase(wording.locale()));
        }

        private String levelName(AdministrativeUnit unit) {
            return registry.level(unit.level()).map(l -> l.name()).orElse("");
        }

        private void participants() {
            if (plan.attendance().isEmpty()) {
                return;
            }
            section("plan.participants");
            int n = 0;
            for (VenueAttendance va : plan.attendance()) {
                n++;
                String heading = va.heading() != null ? va.heading()
                        : va.venue() != null ? plan.venue(va.venue()).map(Venue::name).orElse(va.venue()) : "";
                Heading h = Heading.of(2, n + ".", heading
                        + (va.expected() != null || va.expectedEach() != null ? ":" : ""));
                if (va.expected() != null) {
                    h = h.continuedBy(Run.plain(" " + wording.format("plan.expected",
                            Map.of("count", AdministrativeParts.count(va.expected(), wording)))));
                } else if (va.expectedEach() != null) {
                    int points = plan.bridgePoints().size();
                    h = h.continuedBy(Run.plain(" " + wording.format("plan.expected-each", Map.of(
                            "count", AdministrativeParts.count(va.expectedEach(), wording),
                            "points", AdministrativeParts.pad2(points),
                            "total", AdministrativeParts.count(va.totalOver(points).orElseThrow(), wording)))));
                }
                blocks.add(h);
                if (va.intro() != null) {
                    blocks.add(Paragraph.of(va.intro()));
                }
                int letter = 0;
                for (DelegateGroup g : va.groups()) {
                    if (g.heading() != null) {
                        letter++;
                        String title = g.heading();
                        if (g.expected() != null) {
                            title = title + " " + wording.format("plan.group-expected",
                                    Map.of("count", AdministrativeParts.count(g.expected(), wording)));
                        }
                        if (!title.endsWith(":")) {
                            title = title + ":";
                        }
                        blocks.add(Heading.of(3, Numbering.letter(letter) + ")", title));
                    }
                    if (!g.members().isEmpty()) {
                        blocks.add(dashes(g.members().stream().map(GroupMember::text).toList()));
                    }
                    if (g.composition() != null) {
                        blocks.add(Paragraph.of(g.composition()));
                    }
                }
            }
        }

        private void funding() {
            if (plan.funding().isEmpty()) {
                return;
            }
            section("plan.funding");
            blocks.add(Paragraph.of(plan.funding().stream().map(FundingLine::text).collect(Collectors.joining(" "))));
        }

        private void implementation() {
            List<ImplementationPart> parts = plan.implementation().parts();
            if (parts.isEmpty() && plan.implementation().closing() == null) {
                return;
            }
            section("plan.implementation");
            for (int p = 0; p < parts.size(); p++) {
                ImplementationPart part = parts.get(p);
                String number = (p + 1) + ".";
                List<Assignment> assignments = part.assignments();
                if (assignments.size() == 1 && assignments.get(0).lead() == null
                        && assignments.get(0).tasks().size() == 1) {
                    Assignment a = assignments.get(0);
                    String who = a.heading() == null ? "" : " " + a.heading();
                    blocks.add(Heading.of(2, number, part.title() + ":")
                            .continuedBy(Run.plain(who + " " + a.tasks().get(0).printedText())));
                    continue;
                }
                blocks.add(Heading.of(2, number, part.title()));
                for (int a = 0; a < assignments.size(); a++) {
                    assignment(assignments.get(a), assignments.size() > 1 ? Numbering.letter(a + 1) + ")" : "");
                }
            }
            if (plan.implementation().closing() != null) {
                blocks.add(Paragraph.of(plan.implementation().closing()));
            }
        }

        private void assignment(Assignment a, String number) {
            String heading = a.heading() != null ? a.heading()
                    : a.owners().stream().map(registry::organisationName).collect(Collectors.joining("; "));
            List<Task> tasks = a.tasks();
            if (a.lead() != null) {
                blocks.add(new Heading(3, number, heading + ":", List.of(Run.plain(" " + a.lead()))));
                blocks.add(dashes(tasks.stream().map(Task::printedText).toList()));
            } else if (tasks.size() == 1) {
                blocks.add(new Heading(3, number, heading + ":", List.of(Run.plain(" " + tasks.get(0).printedText()))));
            } else {
                blocks.add(Heading.of(3, number, heading));
                blocks.add(dashes(tasks.stream().map(Task::printedText).toList()));
            }
        }

        /** A heading followed by its text on the same line when there is one paragraph, else by a list. */
        private void headedText(int level, String number, String title, List<String> texts) {
            if (texts.size() == 1) {
                blocks.add(Heading.of(level, number, title + ":").continuedBy(Run.plain(" " + texts.get(0))));
            } else {
                blocks.add(Heading.of(level, number, title));
                blocks.add(dashes(texts));
            }
        }

        private BulletList dashes(List<String> texts) {
            return new BulletList(texts.stream().map(ListItem::dash).toList());
        }

        private Instant stamp() {
            if (timestamp != null) {
                return timestamp;
            }
            IssueDate d = plan.identity().issueDate();
            LocalDate day = d == null ? LocalDate.of(Math.max(plan.year(), 1980), 1, 1)
                    : LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
            return day.atStartOfDay(VIETNAM).toInstant();
        }
    }

    /**
     * Breaks a long subject into lines of balanced width at spaces, as headers print it. A break
     * before a capitalised word or after a comma counts as nearer the middle than it is, so that
     * lines tend to end at a phrase ("... đối thoại giữa" / "Chủ tịch Ủy ban nhân dân tỉnh ...").
     * Explicit line breaks in the subject are kept.
     */
    static List<String> subjectLines(String subject) {
        List<String> out = new ArrayList<>();
        for (String part : subject.split("\\R")) {
            if (!part.isBlank()) {
                balance(part.trim(), out);
            }
        }
        return out;
    }

    private static void balance(String text, List<String> out) {
        float width = TextWidth.points(text, Fonts.Face.BOLD, 14);
        int lines = (int) Math.ceil(width / SUBJECT_LINE_POINTS);
        String rest = text;
        for (int remaining = lines; remaining > 1; remaining--) {
            float target = TextWidth.points(rest, Fonts.Face.BOLD, 14) / remaining;
            int best = -1;
            float bestScore = Float.MAX_VALUE;
            for (int i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
                float left = TextWidth.points(rest.substring(0, i), Fonts.Face.BOLD, 14);
                float score = Math.abs(left - target);
                char next = i + 1 < rest.length() ? rest.charAt(i + 1) : ' ';
                if (Character.isUpperCase(next) || rest.charAt(i - 1) == ',') {
                    score -= target * 0.15f;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(rest.substring(0, best));
            rest = rest.substring(best + 1);
        }
        out.add(rest);
    }
}
