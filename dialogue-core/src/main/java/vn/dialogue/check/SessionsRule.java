package vn.dialogue.check;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.QuestionTargets;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.VenueAttendance;

/**
 * Several sessions, counts per bridge point and the planned questions hold together: two sessions at one venue do
 * not overlap; a count per point has points to count; the plan does not take up more questions than it gathers.
 * Codes: {@code SESSION_OVERLAP}, {@code EACH_WITHOUT_POINTS}, {@code QUESTIONS_TAKEN_UP_ABOVE_GATHERED}.
 */
final class SessionsRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        List<Session> sessions = plan.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                Session a = sessions.get(i);
                Session b = sessions.get(j);
                if (overlap(plan, a, b)) {
                    out.add(Finding.warning("SESSION_OVERLAP", "sessions[" + j + "]",
                            "Buổi '" + b.id() + "' trùng giờ với buổi '" + a.id() + "' tại cùng địa điểm.",
                            "Session '" + b.id() + "' overlaps session '" + a.id() + "' at the same venue."));
                }
            }
        }
        for (int i = 0; i < plan.attendance().size(); i++) {
            VenueAttendance at = plan.attendance().get(i);
            if (at.expectedEach() != null && plan.bridgePoints().isEmpty()) {
                out.add(Finding.warning("EACH_WITHOUT_POINTS", "attendance[" + i + "].expectedEach",
                        "Có số đại biểu mỗi điểm cầu nhưng kế hoạch chưa có điểm cầu nào.",
                        "A count per bridge point is given, but the plan has no bridge point."));
            }
        }
        QuestionTargets q = plan.questions();
        if (q != null && q.gathered() != null && q.takenUp() != null) {
            Headcount g = q.gathered();
            Headcount t = q.takenUp();
            if (t.lowest() > g.highest()) {
                out.add(Finding.error("QUESTIONS_TAKEN_UP_ABOVE_GATHERED", "questions.takenUp",
                        "Số ý kiến dự kiến đối thoại (" + t.toVietnamese() + ") nhiều hơn số ý kiến dự kiến tổng hợp ("
                                + g.toVietnamese() + ").",
                        "More questions are to be taken up (" + t.nominal() + ") than gathered (" + g.nominal() + ")."));
            }
        }
        return out;
    }

    private static boolean overlap(Plan plan, Session a, Session b) {
        if (!plan.venueOf(a).equals(plan.venueOf(b)) || a.date() == null || b.date() == null) {
            return false;
        }
        if (a.latestDay().isBefore(b.earliestDay()) || b.latestDay().isBefore(a.earliestDay())) {
            return false;
        }
        if (a.start() == null || a.end() == null || b.start() == null || b.end() == null) {
            return false;
        }
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}
