package vn.dialogue.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;

/**
 * What the documents of a plan print about it, read once the same way for every composer: the meeting's name,
 * the chair, the main venue, the session's time, symbols derived from the plan's, names of venues, groups and
 * roles, and the default timestamp. All fixed words come from the {@link Wording}. Stateless.
 */
final class PlanFacts {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PlanFacts() {
    }

    /** The meeting as the plan's subject names it, without the leading "Tổ chức ". */
    static String meeting(Plan plan, Wording wording) {
        String subject = plan.identity().subject() == null ? "" : plan.identity().subject();
        String strip = wording.text("document.invitation.strip-prefix");
        return !strip.isEmpty() && subject.startsWith(strip) ? subject.substring(strip.length()) : subject;
    }

    /** The full name of the plan's issuer. */
    static String issuerName(Plan plan) {
        return plan.registry().organisationName(plan.identity().issuer());
    }

    /**
     * The symbol of another document of the plan's issuer: {@code type} and the part of the plan's symbol after
     * its first dash ("KH-UBND" gives "TB-UBND" for "TB"); {@code type} alone when the plan's symbol has no dash.
     */
    static String symbol(Plan plan, String type) {
        String planSymbol = plan.identity().symbol() == null ? "" : plan.identity().symbol();
        int dash = planSymbol.indexOf('-');
        return dash < 0 ? type : type + planSymbol.substring(dash);
    }

    /** The part of the plan's symbol after its first dash ("UBND"), or the whole symbol when it has no dash. */
    static String issuerSymbol(Plan plan) {
        String planSymbol = plan.identity().symbol() == null ? "" : plan.identity().symbol();
        int dash = planSymbol.indexOf('-');
        return dash < 0 ? planSymbol : planSymbol.substring(dash + 1);
    }

    /** The chair as the delegate list names them, without the "Chủ trì:" label and final stop. */
    static Optional<String> chair(Plan plan, Wording wording) {
        String label = wording.text("document.invitation.chair");
        for (DelegateGroup g : plan.delegateGroups()) {
            for (GroupMember m : g.members()) {
                // the chair role on the member, or on a group whose members carry no role of their own
                if (m.role() == DelegateRole.CHAIR || m.role() == null && g.role() == DelegateRole.CHAIR) {
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

    /** The main venue with its address. */
    static Optional<String> mainVenue(Plan plan) {
        if (plan.format() == null) {
            return Optional.empty();
        }
        return plan.venue(plan.format().mainVenue())
                .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address());
    }

    /** The name of a venue, or its id when the plan does not know it. */
    static String venueName(Plan plan, String venueId) {
        return plan.venue(venueId).map(Venue::name).orElse(venueId);
    }

    /**
     * The heading of a delegate group without the colon that introduces its list in the plan ("Đại biểu mời:"
     * reads "Đại biểu mời"), else the name of its role ("Đại biểu dự đối thoại"), else empty: never its id.
     */
    static String groupName(Plan plan, String groupId, Wording wording) {
        for (VenueAttendance va : plan.attendance()) {
            Optional<DelegateGroup> g = va.group(groupId);
            if (g.isPresent()) {
                if (g.get().heading() != null && !g.get().heading().isBlank()) {
                    return g.get().heading().strip().replaceAll("[:：]+$", "").strip();
                }
                return role(g.get().role(), wording);
            }
        }
        return "";
    }

    /** The order of a group among all the plan's groups, for sorting; unknown groups last. */
    static int groupRank(Plan plan, String groupId) {
        int i = 0;
        for (VenueAttendance va : plan.attendance()) {
            for (DelegateGroup g : va.groups()) {
                if (g.id().equals(groupId)) {
                    return i;
                }
                i++;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The order of a venue among the plan's venues, for sorting; unknown venues last. */
    static int venueRank(Plan plan, String venueId) {
        for (int i = 0; i < plan.venues().size(); i++) {
            if (plan.venues().get(i).id().equals(venueId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The role's name: wording key {@code role.<role in kebab case>}. */
    static String role(DelegateRole role, Wording wording) {
        return wording.text("role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** "07 giờ 30": the clock time in the wording's form, hours and minutes on two digits. */
    static String clock(LocalTime time, Wording wording) {
        return wording.format("document.invitation.clock", Map.of("hour", AdministrativeParts.pad2(time.getHour()),
                "minute", AdministrativeParts.pad2(time.getMinute())));
    }

    /** "07:30", as programmes and scripts print times. */
    static String hhmm(LocalTime time) {
        return AdministrativeParts.pad2(time.getHour()) + ":" + AdministrativeParts.pad2(time.getMinute());
    }

    /**
     * The time of the first session as far as the plan knows it: "07 giờ 30, ngày 22 tháng 11 năm 2024", the day
     * alone, or the expected month; empty when the plan has no session.
     */
    static String sessionTime(Plan plan, Wording wording) {
        Optional<Session> first = plan.firstSession();
        if (first.isEmpty()) {
            return "";
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
        return wording.format("document.invitation.time-at", Map.of("clock", clock(s.start(), wording), "date", date));
    }

    /** The day of the first session, when fixed. */
    static Optional<LocalDate> sessionDay(Plan plan) {
        return plan.firstSession().map(Session::date);
    }

    /**
     * The timestamp written into files: {@code given} when set, else the first day of {@code date} (or of the
     * plan's year) at midnight in Vietnam, so rendering never reads the clock.
     */
    static Instant stamp(Plan plan, @Nullable Instant given, @Nullable IssueDate date) {
        if (given != null) {
            return given;
        }
        LocalDate day = date == null ? LocalDate.of(Math.max(plan.year(), 1980), 1, 1)
                : LocalDate.of(date.year(), date.month() == null ? 1 : date.month(),
                date.day() == null ? 1 : date.day());
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    /** Metadata of a document of the plan's issuer. */
    static DocumentInfo info(Plan plan, Wording wording, String title, @Nullable Instant given,
                             @Nullable IssueDate date) {
        return new DocumentInfo(title, issuerName(plan), wording.locale(), stamp(plan, given, date));
    }

    /** The day of {@code at} in Vietnam. */
    static LocalDate dayOf(Instant at) {
        return at.atZone(VIETNAM).toLocalDate();
    }

    /** "05/12/2024": a day as tables print it, day and month on two digits. */
    static String shortDate(LocalDate day) {
        return AdministrativeParts.pad2(day.getDayOfMonth()) + "/" + AdministrativeParts.pad2(day.getMonthValue())
                + "/" + day.getYear();
    }

    /**
     * The symbol of a letter (công văn, which has no type abbreviation) of the plan's issuer: the issuer's part of
     * the plan's symbol, a dash and the drafting unit ("UBND-KGVX"). The drafting unit is read from the plan's
     * archive line, whose last entry names it before any dot ("KGVX.NTMD"); without one, the issuer's part alone.
     */
    static String letterSymbol(Plan plan) {
        String issuer = issuerSymbol(plan);
        java.util.List<String> archive = plan.archive();
        if (archive.size() < 2) {
            return issuer;
        }
        String last = archive.get(archive.size() - 1);
        int dot = last.indexOf('.');
        String unit = (dot < 0 ? last : last.substring(0, dot)).strip();
        return unit.isEmpty() ? issuer : issuer.isEmpty() ? unit : issuer + "-" + unit;
    }

    /** The plan's issue date without its day: the month a document of the plan is drafted in. */
    static @Nullable IssueDate draftMonth(Plan plan) {
        IssueDate d = plan.identity().issueDate();
        return d == null ? null : new IssueDate(d.year(), d.month(), null);
    }

    /** Bridge points a plan lists by name; more than this many, given by a rule, are counted instead. */
    static final int LISTED_POINTS = 12;

    /** One sitting or event in words: its title, day or window, hours and venue. */
    static String sessionLine(Plan plan, Session s, Wording wording) {
        StringBuilder b = new StringBuilder();
        if (s.title() != null) {
            b.append(s.title()).append(": ");
        }
        if (s.isWindow()) {
            b.append(wording.format("plan.session-window", Map.of("from", wording.inlineDate(s.date()),
                    "until", wording.inlineDate(java.util.Objects.requireNonNull(s.until())))));
        } else if (s.date() != null) {
            b.append(s.start() == null ? wording.inlineDate(s.date()) : wording.format("document.invitation.time-at",
                    Map.of("clock", clock(s.start(), wording), "date", wording.inlineDate(s.date()))));
        } else if (s.month() != null) {
            b.append(wording.format("plan.session-expected", Map.of("month", Integer.toString(s.month().getMonthValue()),
                    "year", Integer.toString(s.month().getYear()))));
        }
        if (s.venue() != null) {
            b.append(wording.format("plan.session-at", Map.of("venue", venueName(plan, s.venue()))));
        }
        return b.toString();
    }

    /** Where a session is held: its own venue, else the main venue, with the address. */
    static Optional<String> venueOf(Plan plan, Session s) {
        return plan.venueOf(s).flatMap(plan::venue)
                .map((Venue v) -> v.address() == null ? v.name() : v.name() + ", " + v.address());
    }

    /** The planned questions in words: "Dự kiến tổng hợp khoảng 150 ý kiến; lựa chọn từ 15 đến 20 ý kiến ...". */
    static String questionTargets(vn.dialogue.plan.QuestionTargets q, Wording wording) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (q.gathered() != null) {
            parts.add(wording.format("plan.questions-gathered", Map.of("count",
                    AdministrativeParts.count(q.gathered(), wording))));
        }
        if (q.takenUp() != null) {
            parts.add(wording.format("plan.questions-taken-up", Map.of("count",
                    AdministrativeParts.count(q.takenUp(), wording))));
        }
        String text = String.join("; ", parts);
        if (q.note() != null) {
            text = text + " (" + q.note() + ")";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** The co-chairs' texts, "Chủ trì:"-like label stripped. */
    static java.util.List<String> coChairs(Plan plan, Wording wording) {
        String label = wording.text("document.invitation.co-chair");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (DelegateGroup g : plan.delegateGroups()) {
            for (GroupMember m : g.members()) {
                if (m.role() == DelegateRole.CO_CHAIR) {
                    String text = m.text().trim();
                    if (text.startsWith(label)) {
                        text = text.substring(label.length()).trim();
                    }
                    out.add(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
                }
            }
        }
        return java.util.List.copyOf(out);
    }
}
