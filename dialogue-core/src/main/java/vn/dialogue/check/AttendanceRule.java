package vn.dialogue.check;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;

/**
 * Delegate-group counts agree with the total stated for their venue, members' counts with their group's, and no
 * venue expects more people than it seats. "About N" allows {@link Headcount#ABOUT_TOLERANCE_PERCENT}.
 * Codes: {@code ATTENDANCE_TOTAL_MISMATCH}, {@code ATTENDANCE_TOTAL_EXCEEDED}, {@code ATTENDANCE_UNALLOCATED},
 * {@code GROUP_MEMBERS_MISMATCH}, {@code VENUE_OVER_CAPACITY}, {@code VENUE_MAY_EXCEED_CAPACITY},
 * {@code VENUE_CAPACITY_UNKNOWN}.
 */
final class AttendanceRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            String path = "attendance[" + a + "]";
            String where = at.venue() == null ? "mỗi điểm cầu" : ReferenceRule.venueName(plan, at.venue());
            String whereEn = at.venue() == null ? "each bridge point" : ReferenceRule.venueName(plan, at.venue());
            for (int g = 0; g < at.groups().size(); g++) {
                members(at.groups().get(g), path + ".groups[" + g + "]", out);
            }
            Headcount total = at.expectedAtOneVenue().orElse(null);
            if (total != null) {
                totals(at, total, path, where, whereEn, out);
                if (at.venue() != null) {
                    plan.venue(at.venue()).ifPresent(v -> capacity(v, total, path, out));
                }
            }
        }
        return out;
    }

    private static void totals(VenueAttendance at, Headcount total, String path, String where, String whereEn,
                               List<Finding> out) {
        int low = 0;
        int nominal = 0;
        int high = 0;
        int unknown = 0;
        for (DelegateGroup g : at.groups()) {
            Headcount h = g.effectiveExpected();
            if (h == null) {
                unknown++;
            } else {
                low += h.lowest();
                nominal += h.nominal();
                high = h.highest() == Integer.MAX_VALUE || high == Integer.MAX_VALUE ? Integer.MAX_VALUE
                        : high + h.highest();
            }
        }
        if (unknown == 0) {
            if (high < total.lowest() || low > total.highest()) {
                out.add(Finding.warning("ATTENDANCE_TOTAL_MISMATCH", path + ".expected",
                        "Tổng số đại biểu các thành phần tại " + where + " (" + nominal + ") không khớp tổng số dự kiến ("
                                + total.toVietnamese() + ").",
                        "The delegate groups at " + whereEn + " add up to " + nominal + ", not the stated total ("
                                + total.nominal() + ")."));
            }
        } else if (low > total.highest()) {
            out.add(Finding.warning("ATTENDANCE_TOTAL_EXCEEDED", path + ".expected",
                    "Các thành phần đã nêu số lượng tại " + where + " đã vượt tổng số dự kiến ("
                            + total.toVietnamese() + ").",
                    "The groups with stated counts at " + whereEn + " already exceed the stated total ("
                            + total.nominal() + ")."));
        } else {
            out.add(Finding.info("ATTENDANCE_UNALLOCATED", path + ".expected",
                    unknown + " thành phần tại " + where + " chưa nêu số lượng; còn khoảng "
                            + Math.max(0, total.nominal() - nominal) + " chỗ cho các thành phần này.",
                    unknown + " group(s) at " + whereEn + " state no count; about "
                            + Math.max(0, total.nominal() - nominal) + " places remain for them."));
        }
    }

    private static void members(DelegateGroup g, String path, List<Finding> out) {
        if (g.expected() == null || g.members().isEmpty()
                || g.members().stream().anyMatch(m -> m.expected() == null)) {
            return;
        }
        int low = 0;
        int high = 0;
        for (GroupMember m : g.members()) {
            low += m.expected().lowest();
            high = m.expected().highest() == Integer.MAX_VALUE ? Integer.MAX_VALUE : high + m.expected().highest();
        }
        if (high < g.expected().lowest() || low > g.expected().highest()) {
            out.add(Finding.warning("GROUP_MEMBERS_MISMATCH", path + ".expected",
                    "Số lượng các dòng của thành phần không khớp số lượng của thành phần (" + g.expected().toVietnamese()
                            + ").",
                    "The group's lines do not add up to its stated count (" + g.expected().nominal() + ")."));
        }
    }

    private static void capacity(Venue v, Headcount total, String path, List<Finding> out) {
        if (v.capacity() == null) {
            out.add(Finding.info("VENUE_CAPACITY_UNKNOWN", path + ".venue",
                    "Chưa nêu sức chứa của " + v.name() + " để đối chiếu với " + total.toVietnamese() + " đại biểu.",
                    "The capacity of " + v.name() + " is not stated, so " + total.nominal()
                            + " delegates cannot be checked against it."));
        } else if (total.nominal() > v.capacity()) {
            out.add(Finding.error("VENUE_OVER_CAPACITY", path + ".expected",
                    v.name() + " có " + v.capacity() + " chỗ, không đủ cho " + total.toVietnamese() + " đại biểu.",
                    v.name() + " seats " + v.capacity() + ", fewer than the " + total.nominal()
                            + " delegates expected."));
        } else if (total.highest() > v.capacity()) {
            out.add(Finding.warning("VENUE_MAY_EXCEED_CAPACITY", path + ".expected",
                    v.name() + " có " + v.capacity() + " chỗ; " + total.toVietnamese()
                            + " đại biểu có thể vượt sức chứa.",
                    v.name() + " seats " + v.capacity() + "; about " + total.nominal()
                            + " delegates may exceed it."));
        }
    }
}
