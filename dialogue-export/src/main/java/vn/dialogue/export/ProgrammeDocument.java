package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
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

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Topic;
import vn.dialogue.venue.Venue;

/**
 * The programme (Chương trình) of a plan's first session: header with the CTr symbol, the title,
 * time and place, then a table of items: welcome, opening, the chair's opening speech, one
 * dialogue item per topic with its answering agencies, the chair's conclusions, closing. The plan
 * agenda, when it has one, gives the items, their times and presenters (carried-over commitments first); otherwise
 * the items are the usual order of a dialogue, each worded by the {@link Wording} (a province overrides them without
 * code), and the time column shows the session's start and end where the plan knows them. Immutable and thread-safe.
 */
public final class ProgrammeDocument {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Plan plan;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private ProgrammeDocument(Plan plan, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /** The programme of the first session of {@code plan}. */
    public static ProgrammeDocument of(Plan plan) {
        return new ProgrammeDocument(Objects.requireNonNull(plan, "plan"), Wording.vietnamese(), null);
    }

    /** The same programme with other fixed words. */
    public ProgrammeDocument withWording(Wording newWording) {
        return new ProgrammeDocument(plan, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /** The same programme stamped with {@code instant}. */
    public ProgrammeDocument withTimestamp(Instant instant) {
        return new ProgrammeDocument(plan, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Renders the programme as {@code format} to {@code out}.
     *
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /** The composed layout. */
    public LayoutDocument layout() {
        DocumentIdentity p = plan.identity();
        String planSymbol = p.symbol() == null ? "" : p.symbol();
        int dash = planSymbol.indexOf('-');
        String symbol = wording.text("document.programme.symbol") + (dash < 0 ? "" : planSymbol.substring(dash));
        IssueDate date = p.issueDate() == null ? null : new IssueDate(p.issueDate().year(), p.issueDate().month(), null);
        String meeting = meeting();
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.CHUONG_TRINH, null, symbol,
                p.place(), date, meeting);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, plan.year()));
        blocks.add(new DocumentTitle(wording.text("document.programme.type"),
                PlanDocument.subjectLines(wording.format("document.programme.subject", Map.of("meeting", meeting)))));
        blocks.add(Paragraph.of(Run.bold(wording.text("document.invitation.time")), Run.plain(" " + when() + ".")));
        venue().ifPresent(v -> blocks.add(Paragraph.of(Run.bold(wording.text("document.invitation.place")),
                Run.plain(" " + v + "."))));
        blocks.add(agenda());
        String author = plan.registry().organisationName(p.issuer());
        return new LayoutDocument(new DocumentInfo(wording.text("document.programme.type") + " " + meeting, author,
                wording.locale(), stamp(date)), PageSetup.a4Portrait(), blocks);
    }

    private Table agenda() {
        List<List<String>> rows = plan.agenda().isEmpty() ? usualOrder() : planned();
        List<String> columns = List.of(wording.text("document.programme.columns").split("\\|"));
        if (columns.size() != 3) {
            throw new IllegalArgumentException("wording 'document.programme.columns' must name 3 columns separated by |, was '"
                    + wording.text("document.programme.columns") + "'");
        }
        return new Table(columns, rows, List.of(2, 6, 4));
    }

    /**
     * The plan's own agenda: each item's start time, or the time reached by adding the planned minutes of the items
     * before it to the session's start; the presenter, else the answering agencies.
     */
    private List<List<String>> planned() {
        List<List<String>> rows = new ArrayList<>();
        java.time.LocalTime clock = plan.firstSession().map(Session::start).orElse(null);
        for (vn.dialogue.plan.AgendaItem item : plan.agenda()) {
            java.time.LocalTime at = item.start() != null ? item.start() : clock;
            String time = at == null ? "" : AdministrativeParts.pad2(at.getHour()) + ":"
                    + AdministrativeParts.pad2(at.getMinute());
            String who = item.presenter() != null ? item.presenter() : item.agencies().stream()
                    .map(a -> plan.registry().organisation(a).map(Organisation::displayShortName).orElse(a))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(time, item.title(), who));
            clock = at == null || item.minutes() == null ? null : at.plusMinutes(item.minutes());
        }
        return rows;
    }

    /** The usual order of a dialogue, worded by the {@link Wording}, when the plan holds no agenda. */
    private List<List<String>> usualOrder() {
        String chair = chair().orElse("");
        List<List<String>> rows = new ArrayList<>();
        Optional<Session> s = plan.firstSession();
        String start = s.map(Session::start).map(t -> AdministrativeParts.pad2(t.getHour()) + ":"
                + AdministrativeParts.pad2(t.getMinute())).orElse("");
        String end = s.map(Session::end).map(t -> AdministrativeParts.pad2(t.getHour()) + ":"
                + AdministrativeParts.pad2(t.getMinute())).orElse("");
        rows.add(List.of(start, wording.text("document.programme.item-welcome"),
                wording.text("document.programme.item-welcome-by")));
        rows.add(List.of("", wording.text("document.programme.item-opening"),
                wording.text("document.programme.item-opening-by")));
        rows.add(List.of("", wording.text("document.programme.item-speech"), chair));
        for (Topic t : plan.topics()) {
            String agencies = t.agencies().stream().map(a -> plan.registry().organisation(a)
                    .map(Organisation::displayShortName).orElse(a)).collect(Collectors.joining("; "));
            rows.add(List.of("", wording.format("document.programme.item-topic", Map.of("topic", t.title())), agencies));
        }
        rows.add(List.of("", wording.text("document.programme.item-conclusion"), chair));
        rows.add(List.of(end, wording.text("document.programme.item-closing"),
                wording.text("document.programme.item-opening-by")));
        return rows;
    }

    private String meeting() {
        String subject = plan.identity().subject() == null ? "" : plan.identity().subject();
        String strip = wording.text("document.invitation.strip-prefix");
        return !strip.isEmpty() && subject.startsWith(strip) ? subject.substring(strip.length()) : subject;
    }

    private String when() {
        Optional<Session> first = plan.firstSession();
        if (first.isEmpty()) {
            return "";
        }
        Session s = first.get();
        if (s.date() != null) {
            String date = wording.inlineDate(s.date());
            if (s.start() != null && s.end() != null) {
                return wording.format("document.programme.time-range", Map.of(
                        "start", clock(s.start().getHour(), s.start().getMinute()),
                        "end", clock(s.end().getHour(), s.end().getMinute()))) + ", " + date;
            }
            return date;
        }
        return s.month() == null ? "" : wording.format("plan.session-expected", Map.of(
                "month", Integer.toString(s.month().getMonthValue()), "year", Integer.toString(s.month().getYear())));
    }

    private String clock(int hour, int minute) {
        return wording.format("document.invitation.clock", Map.of("hour", AdministrativeParts.pad2(hour),
                "minute", AdministrativeParts.pad2(minute)));
    }

    private Optional<String> venue() {
        if (plan.format() == null) {
            return Optional.empty();
        }
        return plan.venue(plan.format().mainVenue())
                .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address());
    }

    private Optional<String> chair() {
        String label = wording.text("document.invitation.chair");
        for (DelegateGroup g : plan.delegateGroups()) {
            for (GroupMember m : g.members()) {
                if (m.role() == DelegateRole.CHAIR) {
                    String text = m.text().trim();
                    if (text.startsWith(label)) {
                        text = text.substring(label.length()).trim();
                    }
                    return Optional.of(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
                }
            }
        }
        return Optional.empty();
    }

    private Instant stamp(@Nullable IssueDate d) {
        if (timestamp != null) {
            return timestamp;
        }
        LocalDate day = d == null ? LocalDate.of(Math.max(plan.year(), 1980), 1, 1)
                : LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), 1);
        return day.atStartOfDay(VIETNAM).toInstant();
    }
}
