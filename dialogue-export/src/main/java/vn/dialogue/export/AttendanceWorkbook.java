package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.sheet.Sheet;
import vn.dialogue.export.sheet.SheetCell;
import vn.dialogue.export.sheet.Spreadsheet;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.Addressee;
import vn.dialogue.participant.AttendanceTally;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Gender;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.InvitationState;
import vn.dialogue.participant.InvitationStatus;
import vn.dialogue.participant.VietnameseCollation;
import vn.dialogue.plan.Plan;

/**
 * The delegate list with attendance (danh sách đại biểu, điểm danh), an internal workbook of two sheets.
 *
 * <p>The first sheet lists every delegate, by venue (in the plan's venue order), then by delegate group (in the
 * plan's order), then by name as officials sort names ({@link VietnameseCollation#NAME_ORDER}: given name, middle
 * name, family name): number, name, gender, ethnicity, title, organisation, venue, group, role, phone, e-mail, the
 * status of the invitation that concerns the delegate, where they checked in, and a note (the delegate's own note,
 * and who came in whose place). A delegate's status is "attended" when they checked in under any invitation;
 * otherwise the status of the invitation addressed to them (or "sent someone in their place" when another person
 * is expected instead); otherwise that of an invitation that expects them in someone's place or for an
 * organisation; otherwise "not invited".
 *
 * <p>The second sheet counts invitations per venue and status ({@link AttendanceTally}), with a total line.
 * Contacts are kept: this is an internal export. Text cells from users never run as formulas (see
 * {@link vn.dialogue.export.sheet.FormulaGuard}); XLSX is written streaming. Immutable and thread-safe.
 */
public final class AttendanceWorkbook {

    private final Plan plan;
    private final DelegateList delegates;
    private final List<Invitation> invitations;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private AttendanceWorkbook(Plan plan, DelegateList delegates, List<Invitation> invitations, Wording wording,
                               @Nullable Instant timestamp) {
        this.plan = plan;
        this.delegates = delegates;
        this.invitations = invitations;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The delegates of {@code plan} with the state of their {@code invitations} (which may be empty).
     *
     * @param plan the plan
     * @param delegates the delegate list
     * @param invitations the invitations, in any state
     * @return the delegates of {@code plan} with the state of their {@code invitations} (which may be empty)
     */
    public static AttendanceWorkbook of(Plan plan, DelegateList delegates, List<Invitation> invitations) {
        return new AttendanceWorkbook(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(delegates, "delegates"),
                List.copyOf(Objects.requireNonNull(invitations, "invitations")), Wording.vietnamese(), null);
    }

    /**
     * The same workbook with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same workbook with other fixed words
     */
    public AttendanceWorkbook withWording(Wording newWording) {
        return new AttendanceWorkbook(plan, delegates, invitations, Objects.requireNonNull(newWording, "wording"),
                timestamp);
    }

    /**
     * The same workbook stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same workbook stamped with {@code instant}
     */
    public AttendanceWorkbook withTimestamp(Instant instant) {
        return new AttendanceWorkbook(plan, delegates, invitations, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Writes the workbook as {@code format} to {@code out} (CSV: the delegate sheet only); {@code out} is flushed,
     * not closed.
     *
     * @param format the spreadsheet format to write
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(SheetFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format").write(spreadsheet(), out);
    }

    /**
     * The composed workbook.
     *
     * @return the composed workbook
     */
    public Spreadsheet spreadsheet() {
        String title = wording.text("document.attendance.title") + " " + PlanFacts.meeting(plan, wording);
        return new Spreadsheet(PlanFacts.info(plan, wording, title, timestamp, PlanFacts.draftMonth(plan)),
                List.of(delegateSheet(), tallySheet()));
    }

    /**
     * The delegates in the order of the list sheet: venue, group, then Vietnamese name order.
     *
     * @return the delegates in the order of the list sheet: venue, group, then Vietnamese name order
     */
    public List<Delegate> ordered() {
        return delegates.delegates().stream()
                .sorted(Comparator.comparingInt((Delegate d) -> PlanFacts.venueRank(plan, d.venue()))
                        .thenComparing(Delegate::venue)
                        .thenComparingInt(d -> PlanFacts.groupRank(plan, d.group()))
                        .thenComparing(Delegate::group)
                        .thenComparing(DelegateList.BY_NAME))
                .toList();
    }

    private Sheet delegateSheet() {
        List<String> columns = columns("document.attendance.columns", 14);
        List<List<SheetCell>> rows = new ArrayList<>();
        int n = 0;
        for (Delegate d : ordered()) {
            Standing s = standing(d);
            rows.add(List.of(SheetCell.number(++n), SheetCell.text(d.fullName()),
                    SheetCell.text(wording.text("gender." + (d.gender() == Gender.FEMALE ? "female" : "male"))),
                    text(d.ethnicity()), text(d.title()), text(organisation(d)),
                    SheetCell.text(PlanFacts.venueName(plan, d.venue())), SheetCell.text(PlanFacts.groupName(plan, d.group(), wording)),
                    SheetCell.text(PlanFacts.role(d.role(), wording)), text(d.phone()), text(d.email()),
                    SheetCell.text(s.status), text(s.checkedInAt), text(s.note)));
        }
        return new Sheet(wording.text("document.attendance.sheet-delegates"), columns, rows);
    }

    private Sheet tallySheet() {
        List<String> columns = new ArrayList<>();
        columns.add(wording.text("document.attendance.tally-venue"));
        columns.add(wording.text("document.attendance.tally-invited"));
        for (InvitationStatus s : InvitationStatus.values()) {
            columns.add(status(s));
        }
        columns.add(wording.text("document.attendance.tally-checked-in"));
        AttendanceTally tally = AttendanceTally.of(plan, invitations);
        List<List<SheetCell>> rows = new ArrayList<>();
        int invited = 0;
        for (AttendanceTally.VenueTally v : tally.venues()) {
            List<SheetCell> row = new ArrayList<>();
            row.add(SheetCell.text(PlanFacts.venueName(plan, v.venue())));
            row.add(SheetCell.number(v.invited()));
            for (InvitationStatus s : InvitationStatus.values()) {
                row.add(SheetCell.number(v.count(s)));
            }
            row.add(SheetCell.number(v.checkedInCount()));
            rows.add(row);
            invited += v.invited();
        }
        List<SheetCell> total = new ArrayList<>();
        total.add(SheetCell.text(wording.text("document.attendance.total")));
        total.add(SheetCell.number(invited));
        for (InvitationStatus s : InvitationStatus.values()) {
            total.add(SheetCell.number(tally.total(s)));
        }
        total.add(SheetCell.number(tally.totalCheckedIn()));
        rows.add(total);
        return new Sheet(wording.text("document.attendance.sheet-tally"), columns, rows);
    }

    /** Where a delegate stands: the status word, the venue they checked in at, and the note. */
    private record Standing(String status, @Nullable String checkedInAt, @Nullable String note) {
    }

    private Standing standing(Delegate d) {
        Invitation own = null;
        Invitation insteadOf = null;
        for (Invitation i : invitations) {
            InvitationState st = i.state();
            if (st instanceof InvitationState.Attended a && a.attendee().equals(d.id())) {
                String note = i.details().invitee().filter(x -> !x.equals(d.id()))
                        .map(x -> wording.format("document.attendance.substitute-for", Map.of("name", nameOf(x))))
                        .orElse(null);
                return new Standing(status(InvitationStatus.ATTENDED), PlanFacts.venueName(plan, a.venue()),
                        join(d.note(), note));
            }
            boolean mine = i.details().addressee() instanceof Addressee.Person p && p.delegate().equals(d.id());
            if (mine && own == null) {
                own = i;
            } else if (!mine && insteadOf == null && st.expectedAttendee().map(d.id()::equals).orElse(false)) {
                insteadOf = i;
            }
        }
        if (own != null) {
            String other = own.state().expectedAttendee().filter(x -> !x.equals(d.id())).orElse(null);
            if (other != null) {
                String name = own.state() instanceof InvitationState.Substituted s && s.attendeeName() != null
                        && delegates.find(other).isEmpty() ? s.attendeeName() : nameOf(other);
                return new Standing(status(InvitationStatus.SUBSTITUTED), null, join(d.note(),
                        wording.format("document.attendance.substituted-by", Map.of("name", name))));
            }
            return new Standing(status(own.status()), null, d.note());
        }
        if (insteadOf != null) {
            String note = insteadOf.details().addressee() instanceof Addressee.Person p
                    ? wording.format("document.attendance.substitute-for", Map.of("name", nameOf(p.delegate())))
                    : wording.format("document.attendance.for-organisation", Map.of("organisation",
                    plan.registry().organisation(((Addressee.Organisation) insteadOf.details().addressee())
                            .organisation()).map(vn.dialogue.organisation.Organisation::name)
                            .orElse(wording.text("question.unknown-agency"))));
            return new Standing(status(insteadOf.status()), null, join(d.note(), note));
        }
        return new Standing(wording.text("document.attendance.not-invited"), null, d.note());
    }

    private String status(InvitationStatus s) {
        return wording.text("status." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String nameOf(String delegateId) {
        // someone not on the list is named by the wording, never by a key
        return delegates.find(delegateId).map(Delegate::fullName)
                .orElse(wording.text("document.attendance.someone-not-listed"));
    }

    private String organisation(Delegate d) {
        if (d.organisation() != null) {
            return d.organisation();
        }
        return d.organisationId() == null ? "" : plan.registry().organisationName(d.organisationId());
    }

    private List<String> columns(String key, int count) {
        List<String> columns = List.of(wording.text(key).split("\\|"));
        if (columns.size() != count) {
            throw new IllegalArgumentException("wording '" + key + "' must name " + count
                    + " columns separated by |, was '" + wording.text(key) + "'");
        }
        return columns;
    }

    private static SheetCell text(@Nullable String value) {
        return value == null || value.isEmpty() ? SheetCell.blank() : SheetCell.text(value);
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }
}
