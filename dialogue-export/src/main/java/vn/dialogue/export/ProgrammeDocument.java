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
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
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

    /**
     * The programme of the first session of {@code plan}.
     *
     * @param plan the plan
     * @return the programme of the first session of {@code plan}
     */
    public static ProgrammeDocument of(Plan plan) {
        return new ProgrammeDocument(Objects.requireNonNull(plan, "plan"), Wording.vietnamese(), null);
    }

    /**
     * The same programme with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same programme with other fixed words
     */
    public ProgrammeDocument withWording(Wording newWording) {
        return new ProgrammeDocument(plan, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same programme stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same programme stamped with {@code instant}
     */
    public ProgrammeDocument withTimestamp(Instant instant) {
        return new ProgrammeDocument(plan, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Renders the programme as {@code format} to {@code out}.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed layout.
     *
     * @return the composed layout
     */
    public LayoutDocument layout() {
        DocumentIdentity p = plan.identity();
        String planSymbol = p.symbol() == null ? "" : p.symbol();
        int dash = planSymbol.indexOf('-');
        String symbol = wording.text("document.programme.symbol") + (dash < 0 ? "" : planSymbol.substring(dash));
        IssueDate date = p.issueDate() == null ? null : new IssueDate(p.issueDate().year(), p.issueDate().month(), null);
        String meeting = meeting();
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.CHUONG_TRINH, null, symbol,
                p.place(), date, meeting, p.coIssuers());
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, plan.year()));
        blocks.add(new DocumentTitle(wording.text("document.programme.type"),
                PlanDocument.subjectLines(wording.format("document.programme.subject", Map.of("meeting", meeting)))));
        if (plan.sessions().size() > 1) {
            // several sittings or events: each its own title, time, place and programme
            int n = 0;
            for (Session s : plan.sessions()) {
                n++;
                blocks.add(vn.dialogue.export.layout.Heading.of(2, n + ".", s.title() != null ? s.title() : meeting));
                blocks.add(Paragraph.of(Run.bold(wording.text("document.invitation.time")),
                        Run.plain(" " + when(s) + ".")));
                PlanFacts.venueOf(plan, s).ifPresent(v -> blocks.add(Paragraph.of(
                        Run.bold(wording.text("document.invitation.place")), Run.plain(" " + v + "."))));
                List<Agenda.Item> items = Agenda.of(plan, s, wording);
                if (!items.isEmpty()) {
                    blocks.add(agenda(items));
                }
            }
        } else {
            blocks.add(Paragraph.of(Run.bold(wording.text("document.invitation.time")), Run.plain(" " + when() + ".")));
            venue().ifPresent(v -> blocks.add(Paragraph.of(Run.bold(wording.text("document.invitation.place")),
                    Run.plain(" " + v + "."))));
            blocks.add(agenda(Agenda.of(plan, wording)));
        }
        String author = plan.registry().organisationName(p.issuer());
        return new LayoutDocument(new DocumentInfo(wording.text("document.programme.type") + " " + meeting, author,
                wording.locale(), stamp(date)), PageSetup.a4Portrait(), blocks);
    }

    private Table agenda(List<Agenda.Item> items) {
        List<List<String>> rows = new ArrayList<>();
        for (Agenda.Item item : items) {
            rows.add(List.of(item.time(), item.title(), item.who()));
        }
        List<String> columns = List.of(wording.text("document.programme.columns").split("\\|"));
        if (columns.size() != 3) {
            throw new IllegalArgumentException("wording 'document.programme.columns' must name 3 columns separated by |, was '"
                    + wording.text("document.programme.columns") + "'");
        }
        return new Table(columns, rows, List.of(2, 6, 4));
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
        return when(first.get());
    }

    private String when(Session s) {
        if (s.isWindow()) {
            return wording.format("plan.session-window", Map.of("from", wording.inlineDate(s.date()),
                    "until", wording.inlineDate(java.util.Objects.requireNonNull(s.until()))));
        }
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

    private Instant stamp(@Nullable IssueDate d) {
        if (timestamp != null) {
            return timestamp;
        }
        LocalDate day = d == null ? LocalDate.of(Math.max(plan.year(), 1980), 1, 1)
                : LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), 1);
        return day.atStartOfDay(VIETNAM).toInstant();
    }
}
