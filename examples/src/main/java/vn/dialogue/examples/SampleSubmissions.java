package vn.dialogue.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;

/**
 * Invented submissions for the example: what women of several communes send through their union branches and the
 * provincial web portal, with near-duplicates (the same request typed by several people, sometimes without
 * diacritics), a few off-topic, abusive or incomplete ones. Seeded: the same seed gives the same list.
 * Every name and phone number is made up.
 */
final class SampleSubmissions {

    /** A sample submission and what a moderator should decide about it. */
    record Sample(Submission submission, String topic, Verdict verdict) {
    }

    /** What moderation should do with a sample. */
    enum Verdict {
        ACCEPT, OFF_TOPIC, ABUSIVE, INCOMPLETE
    }

    private record Template(String topic, SubmissionKind kind, String text) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("quyen-va-an-toan", SubmissionKind.RECOMMENDATION,
                    "Đề nghị tăng cường tuyên truyền phòng chống bạo lực gia đình tại các thôn vùng sâu, vùng xa"),
            new Template("quyen-va-an-toan", SubmissionKind.PROPOSAL,
                    "Đề xuất thành lập địa chỉ tin cậy tại cộng đồng để hỗ trợ phụ nữ và trẻ em bị bạo lực"),
            new Template("quyen-va-an-toan", SubmissionKind.QUESTION,
                    "Xin hỏi khi phát hiện trẻ em bị xâm hại thì người dân báo cho cơ quan nào và được bảo vệ ra sao"),
            new Template("quyen-va-an-toan", SubmissionKind.RECOMMENDATION,
                    "Đề nghị lắp đèn chiếu sáng trên đường đến trường để bảo đảm an toàn cho học sinh nữ"),
            new Template("chinh-sach", SubmissionKind.RECOMMENDATION,
                    "Đề nghị tăng mức hỗ trợ đóng bảo hiểm y tế cho phụ nữ dân tộc thiểu số ở vùng khó khăn"),
            new Template("chinh-sach", SubmissionKind.QUESTION,
                    "Xin hỏi chính sách hỗ trợ phụ nữ sinh con đúng chính sách dân số ở vùng đồng bào dân tộc thiểu số"),
            new Template("chinh-sach", SubmissionKind.PROPOSAL,
                    "Đề xuất tăng tỷ lệ cán bộ nữ người dân tộc thiểu số trong quy hoạch cán bộ cấp xã"),
            new Template("chinh-sach", SubmissionKind.RECOMMENDATION,
                    "Đề nghị hỗ trợ việc làm cho lao động nữ trên 35 tuổi mất việc tại các khu công nghiệp"),
            new Template("chinh-sach", SubmissionKind.QUESTION,
                    "Xin hỏi điều kiện để lao động nữ tự do được tham gia bảo hiểm xã hội tự nguyện có hỗ trợ"),
            new Template("nang-cao-nang-luc", SubmissionKind.RECOMMENDATION,
                    "Đề nghị mở lớp dạy nghề may và chế biến nông sản cho chị em tại xã"),
            new Template("nang-cao-nang-luc", SubmissionKind.PROPOSAL,
                    "Đề xuất nâng mức cho vay vốn ưu đãi để phụ nữ khởi nghiệp phát triển kinh tế hộ gia đình"),
            new Template("nang-cao-nang-luc", SubmissionKind.QUESTION,
                    "Xin hỏi kế hoạch xây dựng thêm phòng học mầm non bán trú cho con em đồng bào ở các làng xa"),
            new Template("nang-cao-nang-luc", SubmissionKind.RECOMMENDATION,
                    "Đề nghị tăng cường khám sức khỏe sinh sản định kỳ miễn phí cho phụ nữ nông thôn"));

    private static final List<String> OFF_TOPIC = List.of(
            "Đề nghị sửa chữa cầu treo qua suối ở thôn bị hư hỏng sau mùa mưa",
            "Đề nghị giải quyết tranh chấp đất rẫy giữa hai hộ gia đình trong làng",
            "Xin hỏi lịch cắt điện tháng tới của khu vực thị trấn");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Y", "Rơ Châm", "Ksor", "Đinh", "A");
    private static final List<String> MIDDLE = List.of("Thị", "Thị Thu", "Ngọc", "Thị Kim", "Thị Mỹ", "Hồng", "Thanh");
    private static final List<String> GIVEN = List.of("Hoa", "Lan", "Hương", "Mai", "Ánh", "Thảo", "Nhung", "Hằng",
            "Linh", "Duyên", "Bích", "Hạnh", "Xuân", "H'Nga", "Blơm", "Dung", "Yến", "Phượng");

    private SampleSubmissions() {
    }

    /**
     * {@code count} samples for {@code plan}, received between {@code from} and {@code from + days}, seeded.
     */
    static List<Sample> generate(Plan plan, int count, Instant from, int days, long seed) {
        Random random = new Random(seed);
        List<AdministrativeUnit> communes = plan.registry().units().stream()
                .filter(u -> plan.registry().childUnits(u.id()).isEmpty() && u.parent() != null).toList();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AdministrativeUnit unit = communes.get(random.nextInt(communes.size()));
            boolean portal = random.nextInt(4) == 0;
            Channel channel = portal ? Channel.webPortal("cong-ttdt")
                    : Channel.unionBranch("hlhpn-" + unit.id(), unit.level());
            String name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
            String phone = String.format("09%02d %03d %03d", random.nextInt(100), random.nextInt(1000),
                    random.nextInt(1000));
            Asker asker = new Asker(name, "Chi hội phụ nữ thôn " + (1 + random.nextInt(9)), unit.id(), phone,
                    random.nextInt(10) < 6);
            Instant at = from.plus(Duration.ofMinutes(random.nextInt(days * 24 * 60)));
            String messageId = (portal ? "portal-" : "branch-") + String.format("%04d", i + 1);
            int roll = random.nextInt(100);
            Sample sample;
            if (roll < 5) {
                sample = new Sample(submission(messageId, SubmissionKind.RECOMMENDATION, pick(random, OFF_TOPIC), asker,
                        channel, at), "", Verdict.OFF_TOPIC);
            } else if (roll < 6) {
                sample = new Sample(submission(messageId, SubmissionKind.OPINION,
                        "Cán bộ xã toàn bọn vô dụng!!!", asker, channel, at), "", Verdict.ABUSIVE);
            } else if (roll < 8) {
                sample = new Sample(submission(messageId, SubmissionKind.QUESTION, "Xin hỏi về việc đó?", asker,
                        channel, at), "", Verdict.INCOMPLETE);
            } else {
                Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
                sample = new Sample(submission(messageId, t.kind(), vary(t.text(), unit.name(), random, portal), asker,
                        channel, at), t.topic(), Verdict.ACCEPT);
            }
            samples.add(sample);
        }
        return List.copyOf(samples);
    }

    private static Submission submission(String messageId, SubmissionKind kind, String text, Asker asker,
                                         Channel channel, Instant at) {
        String forwardedBy = channel.kind() == vn.dialogue.question.ChannelKind.UNION_BRANCH ? "hlhpn-tinh" : null;
        return new Submission(messageId, kind, text, List.of(), asker, channel, at, forwardedBy, List.of());
    }

    /** The same request as another person writes it: a courtesy prefix, the place, punctuation, no diacritics. */
    private static String vary(String text, String place, Random random, boolean portal) {
        String out = text;
        switch (random.nextInt(4)) {
            case 0 -> out = "Kính gửi đồng chí Chủ tịch, " + Character.toLowerCase(out.charAt(0)) + out.substring(1);
            case 1 -> out = out + " tại " + place;
            case 2 -> out = out + ", mong được quan tâm";
            default -> { }
        }
        out = out + (random.nextBoolean() ? "." : "?");
        if (portal && random.nextInt(3) == 0) {
            out = java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D');
        }
        return out;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
