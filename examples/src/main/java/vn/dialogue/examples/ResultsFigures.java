package vn.dialogue.examples;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.QuestionReport;
import vn.dialogue.conclusion.TaskStatus;
import vn.dialogue.text.Bilingual;

/**
 * The post-dialogue figures as an official reads them: counts by state, topic, agency, channel and unit, answered
 * live, deferred and in writing, the on-time rate of each agency's written answers, and the chair's conclusion
 * tasks. Every name comes from the plan (agencies, units, topics) or from the states' own labels, never an id.
 */
public final class ResultsFigures {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ResultsFigures() {
    }

    /** The figures, one line each, in {@code locale}'s language (Vietnamese unless English is asked for). */
    public static List<String> lines(QuestionReport report, List<ConclusionTask> tasks, Plan plan, Locale locale) {
        Objects.requireNonNull(report, "report");
        boolean en = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        Function<Bilingual, String> say = b -> en ? b.en() : b.vi();
        List<String> out = new ArrayList<>();
        out.add(say.apply(Bilingual.of("Số liệu tại thời điểm ", "Figures as of "))
                + DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(report.at().atZone(VIETNAM)));
        int submissions = report.byChannel().values().stream().mapToInt(Integer::intValue).sum();
        out.add(say.apply(Bilingual.of("Ý kiến, kiến nghị tiếp nhận: ", "Submissions received: ")) + submissions);
        out.add(say.apply(Bilingual.of("Theo kênh tiếp nhận: ", "By channel: ")) + join(report.byChannel()
                .entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> say.apply(e.getKey().label()) + " " + e.getValue()).toList()));
        out.add(say.apply(Bilingual.of("Theo địa bàn: ", "By unit: ")) + join(sorted(report.byUnit(),
                id -> plan.registry().unitName(id)))
                + (report.submissionsWithoutUnit() == 0 ? "" : "; " + say.apply(Bilingual.of("không rõ địa bàn ",
                "no unit given ")) + report.submissionsWithoutUnit()));
        out.add(say.apply(Bilingual.of("Theo tình trạng: ", "By state: ")) + join(report.byStatus().entrySet()
                .stream().filter(e -> e.getValue() > 0)
                .map(e -> say.apply(e.getKey().label()) + " " + e.getValue()).toList()));
        Map<String, String> topics = plan.topics().stream().collect(Collectors.toMap(Topic::id, Topic::title));
        out.add(say.apply(Bilingual.of("Câu hỏi theo chủ đề: ", "Questions by topic: ")) + join(sorted(
                report.byTopic(), id -> topics.getOrDefault(id, say.apply(Bilingual.of("chủ đề khác",
                        "other topic"))))));
        out.add(say.apply(Bilingual.of("Câu hỏi theo cơ quan trả lời: ", "Questions by answering agency: "))
                + join(sorted(report.byAgency(), id -> plan.registry().organisationName(id))));
        out.add(say.apply(Bilingual.of("Trả lời trực tiếp tại hội nghị: ", "Answered live: ")) + report.answeredLive()
                + "; " + say.apply(Bilingual.of("hẹn trả lời bằng văn bản: ", "deferred to a written answer: "))
                + report.deferred() + " (" + say.apply(Bilingual.of("đã trả lời đúng hạn ", "answered on time "))
                + report.deferredOnTime() + ", " + say.apply(Bilingual.of("trễ hạn ", "late ")) + report.deferredLate()
                + ", " + say.apply(Bilingual.of("quá hạn chưa trả lời ", "overdue ")) + report.deferredOverdue()
                + ", " + say.apply(Bilingual.of("chưa đến hạn ", "not yet due ")) + report.deferredPending() + ")");
        NumberFormat percent = NumberFormat.getPercentInstance(en ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        List<String> rates = new ArrayList<>();
        report.writtenByAgency().forEach((agency, t) -> rates.add(plan.registry().organisationName(agency) + " "
                + percent.format(t.onTimeRate()) + " (" + t.onTime() + "/" + (t.onTime() + t.late() + t.overdue())
                + (t.pending() == 0 ? "" : ", " + say.apply(Bilingual.of("chưa đến hạn ", "not yet due "))
                + t.pending()) + ")"));
        out.add(say.apply(Bilingual.of("Tỷ lệ trả lời bằng văn bản đúng hạn theo cơ quan: ",
                "On-time rate of written answers by agency: ")) + join(rates));
        EnumMap<TaskStatus, Integer> byTask = new EnumMap<>(TaskStatus.class);
        tasks.forEach(t -> byTask.merge(t.status(report.at()), 1, Integer::sum));
        out.add(say.apply(Bilingual.of("Nhiệm vụ theo kết luận của chủ trì: ", "Tasks of the chair's conclusions: "))
                + tasks.size() + " (" + say.apply(Bilingual.of("hoàn thành đúng hạn ", "done on time "))
                + byTask.getOrDefault(TaskStatus.DONE_ON_TIME, 0) + ", " + say.apply(Bilingual.of("hoàn thành trễ ",
                "done late ")) + byTask.getOrDefault(TaskStatus.DONE_LATE, 0) + ", "
                + say.apply(Bilingual.of("quá hạn ", "overdue ")) + byTask.getOrDefault(TaskStatus.OVERDUE, 0) + ", "
                + say.apply(Bilingual.of("đang thực hiện ", "open ")) + byTask.getOrDefault(TaskStatus.OPEN, 0) + ")");
        return out;
    }

    private static List<String> sorted(Map<String, Integer> counts, Function<String, String> name) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> name.apply(e.getKey())))
                .map(e -> name.apply(e.getKey()) + " " + e.getValue()).toList();
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? "0" : String.join("; ", parts);
    }
}
