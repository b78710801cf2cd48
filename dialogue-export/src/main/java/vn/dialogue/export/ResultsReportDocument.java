package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.conclusion.TaskStatus;
import vn.dialogue.export.chart.Charts;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.Topic;
import vn.dialogue.question.ChannelKind;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionReport;
import vn.dialogue.question.RejectedQuestion;
import vn.dialogue.question.RejectionReason;
import vn.dialogue.yearly.Unsettled;

/**
 * The report on the results of the dialogue (Báo cáo kết quả tổ chức Chương trình gặp gỡ, đối thoại), which the
 * organising department sends the People's Committee after the session, in the format of Nghị định 30/2020 (BC):
 * I. the submissions received, by channel and by unit, accepted and rejected with the reasons, and the questions
 * they were compiled into, by topic; II. the answers: live, deferred and answered in writing, and each agency's
 * written answers on time, late and overdue; III. the chair's conclusions and the state of their tasks; IV. what is
 * carried to next year; V. the recommendations, a numbered form the drafter fills before signing. Three charts
 * (by unit, by topic, by agency) carry the same figures as the tables beside them.
 *
 * <p>Every figure is read from the lifecycles through {@link QuestionReport} and {@link Unsettled} at one instant
 * ({@link #of}): nothing is typed in. The report is internal ({@link Audience#INTERNAL}): it names no asker, but it
 * is a working report to the Committee. Immutable and thread-safe.
 */
public final class ResultsReportDocument {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final Plan plan;
    private final List<Question> questions;
    private final List<ConclusionTask> tasks;
    private final Instant at;
    private final Wording wording;
    private final @Nullable Instant timestamp;
    private final String issuer;
    private final @Nullable String symbolSuffix;
    private final @Nullable Signature signature;

    private ResultsReportDocument(Plan plan, List<Question> questions, List<ConclusionTask> tasks, Instant at,
                                  Wording wording, @Nullable Instant timestamp, String issuer,
                                  @Nullable String symbolSuffix, @Nullable Signature signature) {
        this.plan = plan;
        this.questions = questions;
        this.tasks = tasks;
        this.at = at;
        this.wording = wording;
        this.timestamp = timestamp;
        this.issuer = issuer;
        this.symbolSuffix = symbolSuffix;
        this.signature = signature;
    }

    /**
     * The report of the dialogue's questions and conclusion tasks as they stand at {@code at}.
     *
     * @param plan      the plan
     * @param questions the questions, in any state, as {@code QuestionRegistry.questions()} gives them
     * @param tasks     the conclusion tasks, as {@code ConclusionRegister.tasks()} gives them
     * @param at        the instant the figures are taken at
     * @return the report
     */
    public static ResultsReportDocument of(Plan plan, Collection<? extends Question> questions,
                                           Collection<ConclusionTask> tasks, Instant at) {
        Objects.requireNonNull(plan, "plan");
        return new ResultsReportDocument(plan, List.copyOf(Objects.requireNonNull(questions, "questions")),
                List.copyOf(Objects.requireNonNull(tasks, "tasks")), Objects.requireNonNull(at, "at"),
                Wording.vietnamese(), null, plan.identity().issuer(), null, null);
    }

    /**
     * The same report issued by the registry's organisation {@code organisation} under the symbol "BC-" and
     * {@code symbolSuffix} (e.g. "BC-HLHPN").
     *
     * @param organisation the id of the issuing organisation in the plan's registry
     * @param symbolSuffix what follows "BC-" in the symbol
     * @return the same report with that issuer
     * @throws IllegalArgumentException if the registry has no such organisation, or the suffix is blank or holds a
     *                                  slash
     */
    public ResultsReportDocument issuedBy(String organisation, String symbolSuffix) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(symbolSuffix, "symbolSuffix");
        if (plan.registry().organisation(organisation).isEmpty()) {
            throw new IllegalArgumentException("the plan's registry has no organisation '" + organisation + "'");
        }
        String suffix = symbolSuffix.strip();
        if (suffix.isEmpty() || suffix.contains("/")) {
            throw new IllegalArgumentException("the symbol suffix names the issuer after \"BC-\"; got '"
                    + symbolSuffix + "'");
        }
        return new ResultsReportDocument(plan, questions, tasks, at, wording, timestamp, organisation, suffix,
                signature);
    }

    /**
     * The same report stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata
     * @return the same report stamped with {@code instant}
     */
    public ResultsReportDocument withTimestamp(Instant instant) {
        return new ResultsReportDocument(plan, questions, tasks, at, wording, Objects.requireNonNull(instant,
                "instant"), issuer, symbolSuffix, signature);
    }

    /**
     * The same report with {@code newSignature}'s signature block.
     *
     * @param newSignature the signature block to print
     * @return the same report signed so
     */
    public ResultsReportDocument signedBy(Signature newSignature) {
        return new ResultsReportDocument(plan, questions, tasks, at, wording, timestamp, issuer, symbolSuffix,
                Objects.requireNonNull(newSignature, "signature"));
    }

    /**
     * The figures the report prints, as {@link QuestionReport} computes them at the report's instant.
     *
     * @return the figures
     */
    public QuestionReport figures() {
        return QuestionReport.of(questions, at);
    }

    /**
     * Renders the report as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed report.
     *
     * @return the composed report
     */
    public LayoutDocument layout() {
        QuestionReport report = figures();
        String meeting = PlanFacts.meeting(plan, wording);
        LocalDate day = PlanFacts.dayOf(at);
        IssueDate date = new IssueDate(day.getYear(), day.getMonthValue(), null);
        String parent = issuer.equals(plan.identity().issuer()) ? plan.identity().parentBody()
                : plan.registry().organisation(issuer).map(Organisation::parent).orElse(null);
        String symbol = symbolSuffix != null ? "BC-" + symbolSuffix : PlanFacts.symbol(plan, "BC");
        String subject = "Kết quả tổ chức " + meeting;
        DocumentIdentity id = new DocumentIdentity(issuer, parent, DocumentType.BAO_CAO, null, symbol,
                plan.identity().place(), date, subject);
        List<Block> blocks = new ArrayList<>();
        blocks.add(AdministrativeParts.header(id, plan.registry(), wording, date.year()));
        blocks.add(new DocumentTitle("BÁO CÁO", PlanDocument.subjectLines(subject)));
        String committee = PlanFacts.issuerName(plan);
        blocks.add(Paragraph.of("Thực hiện " + plan.identity().type().name().toLowerCase(VI) + " "
                + numberOf(plan) + " của " + committee + ", " + plan.registry().organisationName(issuer)
                + " báo cáo kết quả tổ chức " + meeting + " (số liệu đến " + clock(at) + ") như sau:"));

        int submissions = report.byChannel().values().stream().mapToInt(Integer::intValue).sum();
        List<RejectedQuestion> rejected = questions.stream().filter(q -> q instanceof RejectedQuestion)
                .map(q -> (RejectedQuestion) q).toList();
        int compiled = CompiledQuestions.of(plan, questions).entries().size();
        int figure = 0;

        blocks.add(Heading.of(1, "I.", "KẾT QUẢ TIẾP NHẬN Ý KIẾN, KIẾN NGHỊ"));
        blocks.add(Heading.of(2, "1.", "Tiếp nhận theo kênh"));
        blocks.add(Paragraph.of("Ban Tổ chức đã tiếp nhận " + AdministrativeParts.pad2(submissions)
                + " ý kiến, kiến nghị, cụ thể:"));
        List<List<String>> channelRows = new ArrayList<>();
        for (Map.Entry<ChannelKind, Integer> e : report.byChannel().entrySet()) {
            if (e.getValue() > 0) {
                channelRows.add(List.of(Integer.toString(channelRows.size() + 1), e.getKey().label().vi(),
                        Integer.toString(e.getValue()), percent(e.getValue(), submissions)));
            }
        }
        channelRows.add(List.of("", "Tổng cộng", Integer.toString(submissions), percent(submissions, submissions)));
        blocks.add(new Table(List.of("STT", "Kênh tiếp nhận", "Số ý kiến", "Tỷ lệ"), channelRows,
                List.of(2, 10, 3, 3)));

        blocks.add(Heading.of(2, "2.", "Tiếp nhận theo địa bàn"));
        Map<String, Integer> byUnit = ordered(report.byUnit(), id1 -> plan.registry().unitName(id1));
        if (report.submissionsWithoutUnit() > 0) {
            byUnit.put("Không rõ địa bàn", report.submissionsWithoutUnit());
        }
        blocks.add(Figure.of(Charts.bars(byUnit, "Số ý kiến, kiến nghị"), 160, chartHeight(byUnit.keySet()),
                "Hình " + ++figure + ". Ý kiến, kiến nghị tiếp nhận theo địa bàn"));

        blocks.add(Heading.of(2, "3.", "Kết quả phân loại"));
        int accepted = submissions - rejectedSubmissions(rejected);
        blocks.add(Paragraph.of("Số ý kiến, kiến nghị được chấp nhận: " + AdministrativeParts.pad2(accepted)
                + "; không chấp nhận: " + AdministrativeParts.pad2(rejectedSubmissions(rejected))
                + ". Các ý kiến được chấp nhận đã được tổng hợp thành " + AdministrativeParts.pad2(compiled)
                + " câu hỏi để trả lời."));
        if (!rejected.isEmpty()) {
            EnumMap<RejectionReason, Integer> reasons = new EnumMap<>(RejectionReason.class);
            rejected.forEach(r -> reasons.merge(r.reason(), r.dossier().originals().size(), Integer::sum));
            List<List<String>> rows = new ArrayList<>();
            reasons.forEach((reason, n) -> rows.add(List.of(Integer.toString(rows.size() + 1), reason(reason),
                    Integer.toString(n))));
            blocks.add(new Table(List.of("STT", "Lý do không chấp nhận", "Số ý kiến"), rows, List.of(2, 12, 3)));
        }
        Map<String, String> topicNames = plan.topics().stream().collect(Collectors.toMap(Topic::id, Topic::title));
        Map<String, Integer> byTopic = ordered(report.byTopic(), t -> topicNames.getOrDefault(t, "Chủ đề khác"));
        blocks.add(Figure.of(Charts.bars(byTopic, "Số câu hỏi"), 160, chartHeight(byTopic.keySet()),
                "Hình " + ++figure + ". Câu hỏi theo chủ đề"));

        blocks.add(Heading.of(1, "II.", "KẾT QUẢ TRẢ LỜI"));
        blocks.add(Paragraph.of("Tại hội nghị, lãnh đạo " + committee + " và các cơ quan đã trả lời trực tiếp "
                + AdministrativeParts.pad2(report.answeredLive()) + " câu hỏi; hẹn trả lời bằng văn bản "
                + AdministrativeParts.pad2(report.deferred()) + " câu hỏi, trong đó đã trả lời đúng hạn "
                + AdministrativeParts.pad2(report.deferredOnTime()) + ", trả lời trễ hạn "
                + AdministrativeParts.pad2(report.deferredLate()) + ", quá hạn chưa trả lời "
                + AdministrativeParts.pad2(report.deferredOverdue()) + ", chưa đến hạn "
                + AdministrativeParts.pad2(report.deferredPending()) + "."));
        if (!report.writtenByAgency().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            Map<String, Map<String, Integer>> chart = new LinkedHashMap<>();
            report.writtenByAgency().entrySet().stream()
                    .sorted(Comparator.comparing(e -> plan.registry().organisationName(e.getKey()),
                            vn.dialogue.participant.VietnameseCollation.textOrder()))
                    .forEach(e -> {
                        QuestionReport.Timeliness t = e.getValue();
                        String name = plan.registry().organisationName(e.getKey());
                        int due = t.onTime() + t.late() + t.overdue();
                        rows.add(List.of(Integer.toString(rows.size() + 1), name, Integer.toString(t.promised()),
                                Integer.toString(t.onTime()), Integer.toString(t.late()),
                                Integer.toString(t.overdue()), Integer.toString(t.pending()),
                                due == 0 ? "—" : percent(t.onTime(), due)));
                        chart.put(name, Map.of(ON_TIME, t.onTime(), LATE, t.late(), OVERDUE, t.overdue(),
                                PENDING, t.pending()));
                    });
            blocks.add(Paragraph.of("Kết quả trả lời bằng văn bản của từng cơ quan:"));
            blocks.add(new Table(List.of("STT", "Cơ quan", "Số câu hẹn trả lời", "Đúng hạn", "Trễ hạn", "Quá hạn",
                    "Chưa đến hạn", "Tỷ lệ đúng hạn"), rows, List.of(2, 7, 3, 3, 3, 3, 3, 3)));
            blocks.add(Figure.of(Charts.stackedBars(chart, List.of(ON_TIME, LATE, OVERDUE, PENDING),
                    "Số câu hỏi hẹn trả lời bằng văn bản"), 160, chartHeight(chart.keySet()) + 12,
                    "Hình " + ++figure + ". Trả lời bằng văn bản theo cơ quan: đúng hạn, trễ hạn, quá hạn"));
        }

        blocks.add(Heading.of(1, "III.", "KẾT LUẬN CỦA CHỦ TRÌ VÀ TÌNH HÌNH THỰC HIỆN"));
        EnumMap<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        tasks.forEach(t -> byStatus.merge(t.status(at), 1, Integer::sum));
        blocks.add(Paragraph.of("Kết luận của chủ trì hội nghị giao " + AdministrativeParts.pad2(tasks.size())
                + " nhiệm vụ; đến nay đã hoàn thành đúng hạn " + pad(byStatus, TaskStatus.DONE_ON_TIME)
                + ", hoàn thành trễ hạn " + pad(byStatus, TaskStatus.DONE_LATE) + ", quá hạn chưa hoàn thành "
                + pad(byStatus, TaskStatus.OVERDUE) + ", đang thực hiện trong hạn " + pad(byStatus, TaskStatus.OPEN)
                + "."));
        if (!tasks.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ConclusionTask t : tasks) {
                rows.add(List.of(Integer.toString(rows.size() + 1), plan.registry().organisationName(t.agency()),
                        t.text(), PlanFacts.shortDate(t.due()), status(t.status(at))));
            }
            blocks.add(new Table(List.of("STT", "Cơ quan thực hiện", "Nhiệm vụ", "Thời hạn", "Tình hình"), rows,
                    List.of(2, 5, 9, 4, 4)));
        }

        blocks.add(Heading.of(1, "IV.", "NỘI DUNG CHUYỂN SANG NĂM SAU"));
        Unsettled unsettled = Unsettled.at(at, questions, tasks);
        if (unsettled.isEmpty()) {
            blocks.add(Paragraph.of("Không có nội dung phải chuyển sang năm sau."));
        } else {
            blocks.add(Paragraph.of("Các nội dung chưa hoàn thành, chuyển sang theo dõi tại chương trình năm sau: "
                    + AdministrativeParts.pad2(unsettled.deferredQuestions().size())
                    + " câu hỏi chưa được trả lời bằng văn bản và " + AdministrativeParts.pad2(unsettled.tasks().size())
                    + " nhiệm vụ chưa hoàn thành:"));
            List<ListItem> items = new ArrayList<>();
            Map<String, Long> byAgency = unsettled.deferredQuestions().stream().collect(Collectors.groupingBy(
                    q -> q.deferral().agency(), java.util.TreeMap::new, Collectors.counting()));
            byAgency.forEach((a, n) -> items.add(ListItem.dash(plan.registry().organisationName(a) + ": "
                    + AdministrativeParts.pad2(n.intValue()) + " câu hỏi hẹn trả lời bằng văn bản")));
            for (ConclusionTask t : unsettled.tasks()) {
                items.add(ListItem.dash(plan.registry().organisationName(t.agency()) + ": " + stripStop(t.text())
                        + " (thời hạn " + PlanFacts.shortDate(t.due()) + ")"));
            }
            blocks.add(new BulletList(items));
        }

        blocks.add(Heading.of(1, "V.", "ĐỀ XUẤT, KIẾN NGHỊ"));
        blocks.add(new Paragraph(List.of(Run.italic("Phần do đơn vị soạn thảo ghi trước khi trình ký: "
                + "các đề xuất, kiến nghị với " + committee + ", mỗi đề xuất một dòng.")),
                vn.dialogue.export.layout.Alignment.JUSTIFY, true));
        List<List<String>> form = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            form.add(List.of(Integer.toString(i), "\n\n", ""));
        }
        blocks.add(new Table(List.of("STT", "Đề xuất, kiến nghị", "Cơ quan đề nghị giải quyết"), form,
                List.of(2, 12, 5)));
        blocks.add(Paragraph.of("Trên đây là báo cáo kết quả tổ chức " + meeting + " của "
                + plan.registry().organisationName(issuer) + "./."));
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(committee + " (để báo cáo)", null, plan.identity().issuer(), List.of()));
        blocks.add(AdministrativeParts.footer(recipients, plan.archive(), signature, wording));
        return new LayoutDocument(new DocumentInfo("Báo cáo " + subject, plan.registry().organisationName(issuer),
                wording.locale(), PlanFacts.stamp(plan, timestamp, date)), PageSetup.a4Portrait(), blocks);
    }

    /** The series of the agency chart. */
    static final String ON_TIME = "Đúng hạn";
    static final String LATE = "Trễ hạn";
    static final String OVERDUE = "Quá hạn";
    static final String PENDING = "Chưa đến hạn";

    private static int rejectedSubmissions(List<RejectedQuestion> rejected) {
        return rejected.stream().mapToInt(r -> (int) r.dossier().originals().stream()
                .filter(o -> o.question().equals(r.id())).count()).sum();
    }

    /** Room for each bar and its label: a long label wraps onto up to three lines beside its bar. */
    private static double chartHeight(Collection<String> labels) {
        double bars = 0;
        for (String l : labels) {
            bars += Math.min(3, Math.max(1, Math.ceil(l.length() / 38.0)));
        }
        return Math.min(190, 24 + 5 * Math.max(1, bars) + 2 * labels.size());
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts, Function<String, String> name) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> name.apply(e.getKey())))
                .forEach(e -> out.merge(name.apply(e.getKey()), e.getValue(), Integer::sum));
        return out;
    }

    private static String percent(int part, int whole) {
        NumberFormat f = NumberFormat.getPercentInstance(VI);
        f.setMaximumFractionDigits(1);
        return whole == 0 ? "—" : f.format((double) part / whole);
    }

    private static String pad(Map<TaskStatus, Integer> counts, TaskStatus status) {
        return AdministrativeParts.pad2(counts.getOrDefault(status, 0));
    }

    private static String status(TaskStatus s) {
        return switch (s) {
            case OPEN -> "Đang thực hiện";
            case OVERDUE -> "Quá hạn";
            case DONE_ON_TIME -> "Hoàn thành đúng hạn";
            case DONE_LATE -> "Hoàn thành trễ hạn";
        };
    }

    private static String reason(RejectionReason r) {
        return switch (r) {
            case OFF_TOPIC -> "Không thuộc chủ đề của hội nghị";
            case OUT_OF_SCOPE -> "Không thuộc thẩm quyền giải quyết tại hội nghị";
            case ABUSIVE -> "Nội dung không phù hợp";
            case INCOMPLETE -> "Nội dung không rõ, không đủ để trả lời";
        };
    }

    private static String numberOf(Plan plan) {
        var identity = plan.identity();
        return "số " + (identity.number() == null ? "" : identity.number()) + "/" + identity.symbol();
    }

    private static String clock(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy")
                .format(at.atZone(PlanFacts.VIETNAM));
    }

    private static String stripStop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }

}
