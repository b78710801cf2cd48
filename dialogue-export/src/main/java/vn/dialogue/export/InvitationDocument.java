package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Session;
import vn.dialogue.venue.Venue;

/**
 * The invitation (Giấy mời, Mẫu 1.7 of Nghị định 30/2020) to a plan's session: header with
 * "Số: .../GM-&lt;issuer&gt;", the title GIẤY MỜI with the subject, "&lt;issuer&gt; trân trọng kính mời:
 * &lt;invitee&gt;", "Tới dự &lt;meeting&gt;", then "Chủ trì:", "Thời gian:", "Địa điểm:" (the bridge point's room for
 * the people's committee hosting it), with {@link #withReply} the day to reply by and whom to contact, the closing "./.",
 * Nơi nhận ("Như trên", the archive line) and the plan's signature. One invitation per invitee,
 * or all of them merged into one file, one per page. The session is the plan's first; its time
 * prints as far as the plan knows it. Immutable and thread-safe.
 */
public final class InvitationDocument {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Plan plan;
    private final Wording wording;
    private final @Nullable Integer number;
    private final @Nullable IssueDate issueDate;
    private final @Nullable Instant timestamp;
    private final @Nullable LocalDate replyBy;
    private final @Nullable String contact;

    private InvitationDocument(Plan plan, Wording wording, @Nullable Integer number, @Nullable IssueDate issueDate,
                               @Nullable Instant timestamp) {
        this(plan, wording, number, issueDate, timestamp, null, null);
    }

    private InvitationDocument(Plan plan, Wording wording, @Nullable Integer number, @Nullable IssueDate issueDate,
                               @Nullable Instant timestamp, @Nullable LocalDate replyBy, @Nullable String contact) {
        this.plan = plan;
        this.wording = wording;
        this.number = number;
        this.issueDate = issueDate;
        this.timestamp = timestamp;
        this.replyBy = replyBy;
        this.contact = contact;
    }

    /**
     * The same invitations asking for a reply by {@code day} ("Đề nghị ... xác nhận ... chậm nhất ngày ...") and
     * giving whom to reply to ("Thông tin liên hệ: ...").
     *
     * @param day the last day to reply, or null for no reply line
     * @param contactLine who to contact, as printed (name, office, telephone), or null for no contact line
     * @return the same invitations with a reply-by day and a contact line
     */
    public InvitationDocument withReply(@Nullable LocalDate day, @Nullable String contactLine) {
        String c = contactLine == null || contactLine.isBlank() ? null : vn.dialogue.export.internal.OutputText.of(contactLine).strip();
        return new InvitationDocument(plan, wording, number, issueDate, timestamp, day, c);
    }

    /**
     * Invitations to the first session of {@code plan}, unnumbered and undated (a draft).
     *
     * @param plan the plan
     * @return invitations to the first session of {@code plan}, unnumbered and undated (a draft)
     */
    public static InvitationDocument of(Plan plan) {
        return new InvitationDocument(Objects.requireNonNull(plan, "plan"), Wording.vietnamese(), null, null, null);
    }

    /**
     * The same invitations with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same invitations with other fixed words
     */
    public InvitationDocument withWording(Wording newWording) {
        return new InvitationDocument(plan, Objects.requireNonNull(newWording, "wording"), number, issueDate, timestamp,
                replyBy, contact);
    }

    /**
     * The same invitations as issued under {@code registeredNumber} on {@code date}.
     *
     * @param registeredNumber the number the office registered the invitation under, at least 1
     * @param date the day of issue
     * @return the same invitations as issued under {@code registeredNumber} on {@code date}
     */
    public InvitationDocument issued(int registeredNumber, LocalDate date) {
        if (registeredNumber < 1) {
            throw new IllegalArgumentException("document numbers start at 1, got " + registeredNumber);
        }
        return new InvitationDocument(plan, wording, registeredNumber, IssueDate.of(Objects.requireNonNull(date, "date")),
                timestamp, replyBy, contact);
    }

    /**
     * The same invitations stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same invitations stamped with {@code instant}
     */
    public InvitationDocument withTimestamp(Instant instant) {
        return new InvitationDocument(plan, wording, number, issueDate, Objects.requireNonNull(instant, "instant"),
                replyBy, contact);
    }

    /**
     * The organisations the plan's delegate list names as invited, answering, presiding or press,
     * each once, in the order of the plan: the invitees of a mail merge.
     *
     * @return the organisations the plan's delegate list names as invited, answering, presiding or press, each once, in
     *         the order of the plan: the invitees of a mail merge
     */
    public List<Invitee> inviteesFromDelegateList() {
        Map<String, Invitee> byId = new LinkedHashMap<>();
        for (DelegateGroup g : plan.delegateGroups()) {
            for (GroupMember m : g.members()) {
                DelegateRole role = m.role() != null ? m.role() : g.role();
                if (role == DelegateRole.CHAIR || role == DelegateRole.PARTICIPANT) {
                    continue;
                }
                for (String id : m.organisations()) {
                    // the issuer does not invite itself; an id the registry does not know is reported by the checks
                    if (!id.equals(plan.identity().issuer()) && plan.registry().organisation(id).isPresent()) {
                        byId.putIfAbsent(id, Invitee.organisation(id, plan.registry().organisationName(id)));
                    }
                }
            }
        }
        // each bridge point's people's committee, which hosts the session there
        if (plan.format() != null) {
            for (BridgePoint bp : plan.format().bridgePoints()) {
                host(bp).ifPresent(o -> byId.putIfAbsent(o.id(), Invitee.organisation(o.id(), o.name())));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The people's committee of a bridge point's unit, if the registry has one. */
    private Optional<Organisation> host(BridgePoint bp) {
        if (bp.unit() == null) {
            return Optional.empty();
        }
        return plan.registry().organisations().stream()
                .filter(o -> bp.unit().equals(o.unit()) && o.kind() != null
                        && o.kind().toLowerCase(java.util.Locale.ROOT).contains("ủy ban nhân dân"))
                .findFirst();
    }

    /** The bridge point an invitee attends at: the one of its organisation's unit, if any. */
    private Optional<BridgePoint> bridgePointOf(Invitee invitee) {
        if (plan.format() == null || invitee.organisation() == null) {
            return Optional.empty();
        }
        Optional<String> unit = plan.registry().organisation(invitee.organisation()).map(Organisation::unit);
        return plan.format().bridgePoints().stream()
                .filter(bp -> bp.unit() != null && unit.map(bp.unit()::equals).orElse(false)).findFirst();
    }

    /**
     * The invitation to one invitee.
     *
     * @param invitee the organisation or person invited
     * @return the invitation to one invitee
     */
    public LayoutDocument layout(Invitee invitee) {
        Objects.requireNonNull(invitee, "invitee");
        return new LayoutDocument(info(), PageSetup.a4Portrait(), blocks(invitee));
    }

    /**
     * The invitations to all {@code invitees} in one file, each on its own page.
     *
     * @param invitees the organisations or persons invited, in the order to print
     * @return the invitations to all {@code invitees} in one file, each on its own page
     * @throws IllegalArgumentException if {@code invitees} is empty
     */
    public LayoutDocument merged(List<Invitee> invitees) {
        Objects.requireNonNull(invitees, "invitees");
        if (invitees.isEmpty()) {
            throw new IllegalArgumentException("no invitees to merge");
        }
        List<LayoutDocument> all = new ArrayList<>();
        for (Invitee i : invitees) {
            all.add(layout(i));
        }
        return LayoutDocument.merge(info(), all);
    }

    /**
     * Renders the invitation to {@code invitee} as {@code format} to {@code out}.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @param invitee the organisation or person invited
     * @throws IOException if writing fails
     */
    public void render(Invitee invitee, Format format, OutputStream out) throws IOException {
        Documents.render(layout(invitee), format, out);
    }

    /**
     * Renders all invitations into {@code file}, one per page, in the format its name ends with.
     *
     * @param file the file to write, replaced if it exists
     * @param invitees the organisations or persons invited, in the order to print
     * @throws IOException if writing fails
     */
    public void writeMerged(List<Invitee> invitees, Path file) throws IOException {
        Documents.write(merged(invitees), file);
    }

    private DocumentIdentity identity() {
        DocumentIdentity p = plan.identity();
        String planSymbol = p.symbol() == null ? "" : p.symbol();
        int dash = planSymbol.indexOf('-');
        String issuerPart = dash < 0 ? planSymbol : planSymbol.substring(dash + 1);
        String symbol = wording.text("document.invitation.symbol") + (issuerPart.isEmpty() ? "" : "-" + issuerPart);
        IssueDate date = issueDate != null ? issueDate : p.issueDate() == null ? null
                : new IssueDate(p.issueDate().year(), p.issueDate().month(), null);
        return new DocumentIdentity(p.issuer(), p.parentBody(), DocumentType.GIAY_MOI, number, symbol, p.place(), date,
                meeting(), p.coIssuers());
    }

    private String meeting() {
        String subject = plan.identity().subject() == null ? "" : plan.identity().subject();
        String strip = wording.text("document.invitation.strip-prefix");
        return !strip.isEmpty() && subject.startsWith(strip) ? subject.substring(strip.length()) : subject;
    }

    private List<Block> blocks(Invitee invitee) {
        List<Block> blocks = new ArrayList<>();
        DocumentIdentity id = identity();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, plan.year()));
        blocks.add(new DocumentTitle(wording.text("document.invitation.type"),
                PlanDocument.subjectLines(wording.format("document.invitation.subject", Map.of("meeting", meeting())))));
        String issuer = plan.registry().organisationName(plan.identity().issuer());
        blocks.add(Paragraph.of(withBold(wording.format("document.invitation.invites",
                Map.of("issuer", issuer, "invitee", "\u0000")), invitee.printed())));
        blocks.add(Paragraph.of(wording.format("document.invitation.attend", Map.of("meeting", meeting()))));
        PlanFacts.chair(plan, wording).ifPresent(c -> blocks.add(labelled("document.invitation.chair", c + ".")));
        for (String co : PlanFacts.coChairs(plan, wording)) {
            blocks.add(labelled("document.invitation.co-chair", co + "."));
        }
        blocks.add(labelled("document.invitation.time", time() + "."));
        Optional<BridgePoint> bridge = bridgePointOf(invitee);
        Optional<String> place = bridge.isPresent()
                ? plan.venue(bridge.get().venue()).map(v -> wording.format("document.invitation.bridge-place",
                        Map.of("venue", v.name())))
                : venue();
        place.ifPresent(v -> blocks.add(labelled("document.invitation.place", v + ".")));
        if (replyBy != null) {
            blocks.add(Paragraph.of(wording.format("document.invitation.reply-by", Map.of("invitee", invitee.name(),
                    "date", wording.inlineDate(replyBy)))));
        }
        if (contact != null) {
            blocks.add(labelled("document.invitation.contact", contact.endsWith(".") ? contact : contact + "."));
        }
        blocks.add(Paragraph.of(wording.format("document.invitation.closing", Map.of("invitee", invitee.name()))));
        List<Recipient> recipients = List.of(Recipient.of(wording.text("document.invitation.as-above")));
        SignatureFooter footer = AdministrativeParts.footer(recipients, plan.archive(), plan.signature(),
                plan.coSignatures(), wording);
        blocks.add(footer);
        return blocks;
    }

    private Paragraph labelled(String labelKey, String text) {
        return Paragraph.of(Run.bold(wording.text(labelKey)), Run.plain(" " + text));
    }

    private static List<Run> withBold(String template, String bold) {
        int at = template.indexOf('\u0000');
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain(template.substring(0, at)));
        runs.add(Run.bold(bold));
        if (at + 1 < template.length()) {
            runs.add(Run.plain(template.substring(at + 1)));
        }
        return runs;
    }

    private String time() {
        Optional<Session> first = plan.firstSession();
        if (first.isEmpty()) {
            return "";
        }
        if (plan.sessions().size() > 1 || first.get().isWindow()) {
            // several sittings or events, or a window of dates: each with its own time and venue
            return plan.sessions().stream().map(s -> PlanFacts.sessionLine(plan, s, wording))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        Session s = first.get();
        if (s.date() == null) {
            return s.month() == null ? "" : wording.format("plan.session-expected", Map.of(
                    "month", Integer.toString(s.month().getMonthValue()), "year", Integer.toString(s.month().getYear())));
        }
        String date = wording.inlineDate(s.date());
        if (s.start() == null) {
            return date;
        }
        String clock = wording.format("document.invitation.clock", Map.of("hour", AdministrativeParts.pad2(s.start().getHour()),
                "minute", AdministrativeParts.pad2(s.start().getMinute())));
        return wording.format("document.invitation.time-at", Map.of("clock", clock, "date", date));
    }

    private Optional<String> venue() {
        if (plan.format() == null) {
            return Optional.empty();
        }
        return plan.venue(plan.format().mainVenue())
                .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address());
    }

    private DocumentInfo info() {
        Instant stamp = timestamp;
        if (stamp == null) {
            IssueDate d = identity().issueDate();
            LocalDate day = d == null ? LocalDate.of(Math.max(plan.year(), 1980), 1, 1)
                    : LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
            stamp = day.atStartOfDay(VIETNAM).toInstant();
        }
        String author = plan.registry().organisationName(plan.identity().issuer());
        return new DocumentInfo(wording.text("document.invitation.type") + " " + meeting(), author, wording.locale(), stamp);
    }
}
