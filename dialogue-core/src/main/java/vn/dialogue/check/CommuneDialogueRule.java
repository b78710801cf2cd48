package vn.dialogue.check;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.PeriodUnit;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.GrassrootsDialogue;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;

/**
 * A commune's dialogue conference with its residents does what the law asks of it. Applies to a plan holding a
 * {@link GrassrootsDialogue} block. Each message cites the article it rests on: Luật Tổ chức chính quyền địa phương
 * 72/2025/QH15, Điều 43 (as published): the People's Committee announces the time, place, content and way of taking
 * part at least 7 days before; it organises the conference with the Fatherland Front committee and chairs it with
 * the representative of the People's Council's Standing Committee; it invites the Party committee's
 * representatives; it publishes the results within 10 days. Codes: {@code COMMUNE_ANNOUNCEMENT_MISSING},
 * {@code COMMUNE_ANNOUNCEMENT_LATE}, {@code COMMUNE_RESULTS_MISSING}, {@code COMMUNE_RESULTS_LATE},
 * {@code COMMUNE_RECORD_MISSING}, {@code COMMUNE_CO_CHAIR_MISSING}, {@code COMMUNE_FRONT_MISSING},
 * {@code COMMUNE_PARTY_NOT_INVITED}, {@code COMMUNE_DEADLINE_UNCHECKED}.
 *
 * <p>The figures (7 days, 10 days) are the article's, kept here as data of this rule; a host whose law differs
 * replaces the rule ({@link PlanChecker#of}).
 */
final class CommuneDialogueRule implements PlanRule {

    /** Days of notice before the conference (Điều 43). */
    static final int NOTICE_DAYS = 7;
    /** Days within which the results are published (Điều 43). */
    static final int RESULTS_DAYS = 10;
    private static final String LAW_VI = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43";
    private static final String LAW_EN = "Law on the Organisation of Local Government No. 72/2025/QH15, Article 43";

    @Override
    public List<Finding> check(Plan plan) {
        GrassrootsDialogue g = plan.grassroots();
        if (g == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Optional<Session> first = plan.firstSession();
        Optional<PlannedTask> announce = task(plan, g.announcement());
        if (announce.isEmpty()) {
            out.add(Finding.error("COMMUNE_ANNOUNCEMENT_MISSING", "grassroots.announcement",
                    "Chưa có nhiệm vụ thông báo thời gian, địa điểm, nội dung, hình thức hội nghị đối thoại chậm nhất "
                            + NOTICE_DAYS + " ngày trước ngày tổ chức (" + LAW_VI + ").",
                    "No task announces the conference's time, place, content and way of taking part at least "
                            + NOTICE_DAYS + " days before it (" + LAW_EN + ")."));
        } else if (first.isPresent()) {
            Optional<Long> days = daysBefore(announce.get().task().deadline(), first.get());
            if (days.isEmpty()) {
                out.add(unchecked("grassroots.announcement", announce.get()));
            } else if (days.get() < NOTICE_DAYS) {
                out.add(Finding.error("COMMUNE_ANNOUNCEMENT_LATE", announce.get().path() + ".deadline",
                        "Thông báo hội nghị đối thoại chỉ " + days.get() + " ngày trước ngày tổ chức; phải chậm nhất "
                                + NOTICE_DAYS + " ngày trước (" + LAW_VI + ").",
                        "The conference is announced only " + days.get() + " days before it; it must be at least "
                                + NOTICE_DAYS + " days before (" + LAW_EN + ")."));
            }
        }
        Optional<PlannedTask> results = task(plan, g.results());
        if (results.isEmpty()) {
            out.add(Finding.error("COMMUNE_RESULTS_MISSING", "grassroots.results",
                    "Chưa có nhiệm vụ thông báo kết quả hội nghị đối thoại đến Nhân dân, niêm yết tại trụ sở và gửi "
                            + "trưởng thôn, tổ trưởng tổ dân phố chậm nhất " + RESULTS_DAYS + " ngày sau hội nghị ("
                            + LAW_VI + ").",
                    "No task publishes the conference's results (mass media, the commune office, the heads of villages "
                            + "and residential groups) within " + RESULTS_DAYS + " days (" + LAW_EN + ")."));
        } else if (first.isPresent()) {
            Session last = plan.sessions().get(plan.sessions().size() - 1);
            Optional<Long> days = daysAfter(results.get().task().deadline(), last);
            if (days.isEmpty()) {
                out.add(unchecked("grassroots.results", results.get()));
            } else if (days.get() > RESULTS_DAYS) {
                out.add(Finding.error("COMMUNE_RESULTS_LATE", results.get().path() + ".deadline",
                        "Kết quả hội nghị đối thoại được thông báo " + days.get() + " ngày sau hội nghị; phải chậm nhất "
                                + RESULTS_DAYS + " ngày (" + LAW_VI + ").",
                        "The results are published " + days.get() + " days after the conference; it must be within "
                                + RESULTS_DAYS + " days (" + LAW_EN + ")."));
            }
        }
        if (task(plan, g.record()).isEmpty()) {
            out.add(Finding.warning("COMMUNE_RECORD_MISSING", "grassroots.record",
                    "Chưa có nhiệm vụ lập biên bản hội nghị và dự thảo kết luận của chủ trì để làm căn cứ thông báo "
                            + "kết quả (" + LAW_VI + ").",
                    "No task keeps the conference's record and the chair's conclusion, on which the published results "
                            + "rest (" + LAW_EN + ")."));
        }
        if (!named(plan, g.councilStanding(), DelegateRole.CO_CHAIR)) {
            out.add(Finding.warning("COMMUNE_CO_CHAIR_MISSING", "grassroots.councilStanding",
                    "Đại diện Thường trực Hội đồng nhân dân xã chưa được ghi là đồng chủ trì hội nghị đối thoại ("
                            + LAW_VI + ").",
                    "The representative of the commune People's Council's Standing Committee is not named as co-chair "
                            + "(" + LAW_EN + ")."));
        }
        if (g.frontCommittee() == null || plan.tasks().stream().noneMatch(t -> t.owners().contains(g.frontCommittee())
                || t.task().coordinators().contains(g.frontCommittee()))) {
            out.add(Finding.warning("COMMUNE_FRONT_MISSING", "grassroots.frontCommittee",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam xã chưa được giao phối hợp tổ chức hội nghị đối thoại ("
                            + LAW_VI + ").",
                    "The commune Fatherland Front committee is given no part in organising the conference ("
                            + LAW_EN + ")."));
        }
        if (!named(plan, g.partyCommittee(), null)) {
            out.add(Finding.warning("COMMUNE_PARTY_NOT_INVITED", "grassroots.partyCommittee",
                    "Đại diện cấp ủy xã chưa có trong thành phần mời dự hội nghị đối thoại (" + LAW_VI + ").",
                    "The commune Party committee's representatives are not among those invited (" + LAW_EN
                            + ")."));
        }
        return out;
    }

    private static Finding unchecked(String path, PlannedTask t) {
        return Finding.info("COMMUNE_DEADLINE_UNCHECKED", path,
                "Hạn của nhiệm vụ '" + t.id() + "' không tính được theo ngày so với ngày hội nghị, chưa đối chiếu được "
                        + "với " + LAW_VI + ".",
                "The deadline of task '" + t.id() + "' is not a day count from the conference, so it is not checked "
                        + "against " + LAW_EN + ".");
    }

    private static Optional<PlannedTask> task(Plan plan, @Nullable String id) {
        return id == null ? Optional.empty() : plan.task(id);
    }

    private static boolean named(Plan plan, @Nullable String organisation, @Nullable DelegateRole role) {
        if (organisation == null) {
            return false;
        }
        for (var at : plan.attendance()) {
            for (var group : at.groups()) {
                for (GroupMember m : group.members()) {
                    DelegateRole r = m.role() != null ? m.role() : group.role();
                    if (m.organisations().contains(organisation) && (role == null || r == role)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Calendar days from the deadline's last day to the session's first, when the rule says it plainly. */
    private static Optional<Long> daysBefore(@Nullable DeadlineRule rule, Session session) {
        if (rule instanceof FixedDeadline f) {
            return Optional.of(ChronoUnit.DAYS.between(f.lastDay(), session.earliestDay()));
        }
        if (rule instanceof OffsetDeadline o && o.from().kind() == MilestoneRef.Kind.SESSION
                && o.direction() == OffsetDeadline.Direction.BEFORE) {
            if (o.unit() == PeriodUnit.DAYS) {
                return Optional.of((long) o.amount());
            }
            if (o.unit() == PeriodUnit.WORKING_DAYS || o.unit() == PeriodUnit.WEEKS) {
                // a working day or a week is at least a calendar day: a lower bound
                return Optional.of((long) o.amount() * (o.unit() == PeriodUnit.WEEKS ? 7 : 1));
            }
        }
        return Optional.empty();
    }

    /** Calendar days from the session's last day to the deadline's last day, when the rule says it plainly. */
    private static Optional<Long> daysAfter(@Nullable DeadlineRule rule, Session session) {
        if (rule instanceof FixedDeadline f) {
            return Optional.of(ChronoUnit.DAYS.between(session.latestDay(), f.lastDay()));
        }
        if (rule instanceof OffsetDeadline o && o.from().kind() == MilestoneRef.Kind.SESSION
                && o.direction() == OffsetDeadline.Direction.AFTER && o.unit() == PeriodUnit.DAYS) {
            return Optional.of((long) o.amount());
        }
        return Optional.empty();
    }
}
