package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.due.DueList;
import vn.dialogue.due.DueWork;
import vn.dialogue.export.layout.Block;
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
import vn.dialogue.plan.Recipient;

/**
 * Reminder letters (công văn đôn đốc): one letter of the plan's issuer to each agency that still owes work at the
 * due list's day (answers to prepare, written answers, notices to askers, the chair's conclusion tasks), listing
 * each piece of work with its last day and the working days left or overdue, overdue work first, and asking the
 * agency to finish it and report. Dated the due list's day; its number left blank. Built as
 * {@link RoutingLetters} are: one letter per agency, or all merged one per page. Immutable and thread-safe.
 */
public final class ReminderLetters {

    private final Plan plan;
    private final DueList due;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private ReminderLetters(Plan plan, DueList due, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.due = due;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The letters for the agencies that owe work in {@code due}.
     *
     * @param plan the plan, for the issuer, the agencies' names, the signature
     * @param due  what each agency owes, as {@code DueList.at} gives it
     * @return the letters; never null
     */
    public static ReminderLetters of(Plan plan, DueList due) {
        return new ReminderLetters(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(due, "due"),
                Wording.vietnamese(), null);
    }

    /**
     * The same letters with other fixed words.
     *
     * @param newWording the fixed words to print
     * @return the same letters with other fixed words
     */
    public ReminderLetters withWording(Wording newWording) {
        return new ReminderLetters(plan, due, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same letters stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same letters stamped with {@code instant}
     */
    public ReminderLetters withTimestamp(Instant instant) {
        return new ReminderLetters(plan, due, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * The agencies that get a letter, by name in Vietnamese order.
     *
     * @return the agencies' ids; never null
     */
    public List<String> agencies() {
        return due.byAgency().keySet().stream()
                .sorted(java.util.Comparator.comparing(a -> plan.registry().organisationName(a),
                        vn.dialogue.participant.VietnameseCollation.textOrder()))
                .toList();
    }

    /**
     * The letter to {@code agency}.
     *
     * @param agency the agency's id in the plan's registry
     * @return the letter
     * @throws IllegalArgumentException if {@code agency} owes nothing
     */
    public LayoutDocument layout(String agency) {
        List<DueWork> work = due.of(Objects.requireNonNull(agency, "agency"));
        if (work.isEmpty()) {
            throw new IllegalArgumentException(agency + " owes nothing on " + due.day() + "; letters go to "
                    + agencies());
        }
        return new LayoutDocument(info(agency), PageSetup.a4Portrait(), blocks(agency, work));
    }

    /**
     * Every letter in one file, one per page.
     *
     * @return every letter, merged
     * @throws IllegalArgumentException if no agency owes anything
     */
    public LayoutDocument merged() {
        List<LayoutDocument> all = new ArrayList<>();
        for (String agency : agencies()) {
            all.add(layout(agency));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no agency owes anything on " + due.day()
                    + ": there is no reminder to write");
        }
        return LayoutDocument.merge(info(""), all);
    }

    /**
     * Renders the letter to {@code agency} as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param agency the agency's id
     * @param format the format to render to
     * @param out    the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(String agency, Format format, OutputStream out) throws IOException {
        Documents.render(layout(agency), format, out);
    }

    /**
     * Renders every letter, merged, as {@code format} to {@code out}.
     *
     * @param format the format to render to
     * @param out    the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(merged(), format, out);
    }

    private List<Block> blocks(String agency, List<DueWork> work) {
        DocumentIdentity p = plan.identity();
        String meeting = PlanFacts.meeting(plan, wording);
        IssueDate dated = IssueDate.of(due.day());
        DocumentIdentity id = new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.CONG_VAN, null,
                PlanFacts.letterSymbol(plan), p.place(), dated, meeting);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, dated.year()));
        blocks.add(new DocumentTitle("", PlanDocument.subjectLines(wording.format("document.reminder.subject",
                Map.of("meeting", meeting)))));
        String agencyName = plan.registry().organisation(agency).map(vn.dialogue.organisation.Organisation::name)
                .orElse(wording.text("question.unknown-agency"));
        String issuer = PlanFacts.issuerName(plan);
        long overdue = work.stream().filter(DueWork::overdue).count();
        blocks.add(Paragraph.centered(Run.plain(wording.format("document.reminder.to", Map.of("agency",
                agencyName)))));
        blocks.add(Paragraph.of(wording.format(overdue == 0 ? "document.reminder.body-due"
                : "document.reminder.body", Map.of("meeting", meeting, "issuer", issuer, "agency", agencyName,
                "date", wording.inlineDate(due.day()), "count", AdministrativeParts.pad2(work.size()),
                "overdue", AdministrativeParts.pad2((int) overdue)))));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (DueWork w : work) {
            rows.add(List.of(Integer.toString(++n), w.text(), wording.text("document.reminder.kind."
                    + w.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                    PlanFacts.shortDate(w.due()), standing(w)));
        }
        blocks.add(new Table(CompiledSubmissionsDocument.columns(wording, "document.reminder.columns", 5), rows,
                List.of(2, 8, 4, 3, 3)));
        blocks.add(Paragraph.of(wording.format(overdue == 0
                ? "document.reminder.request-due" : "document.reminder.request", Map.of("agency", agencyName,
                "issuer", issuer))));
        blocks.add(AdministrativeParts.footer(List.of(Recipient.of(wording.text("document.invitation.as-above"))),
                plan.archive(), plan.signature(), wording));
        return blocks;
    }

    private String standing(DueWork w) {
        if (w.overdue()) {
            return w.workingDaysOverdue() == 0 ? wording.text("document.reminder.overdue-no-working-day")
                    : wording.format("document.reminder.overdue", Map.of("days",
                    Integer.toString(w.workingDaysOverdue())));
        }
        return w.workingDaysLeft() == 0 ? wording.text("document.reminder.today")
                : wording.format("document.reminder.left", Map.of("days", Integer.toString(w.workingDaysLeft())));
    }

    private vn.dialogue.export.layout.DocumentInfo info(String agency) {
        String title = wording.format("document.reminder.subject", Map.of("meeting", PlanFacts.meeting(plan,
                wording)));
        if (!agency.isEmpty()) {
            title = title + " - " + plan.registry().organisationName(agency);
        }
        return PlanFacts.info(plan, wording, title, timestamp, IssueDate.of(due.day()));
    }
}
