package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.venue.Venue;

/** The plan's "Thời gian" and "Địa điểm" as the plan gives them: the part of day and the hours, the venues' names. */
class PlanTimeAndPlaceTest {

    private static final Plan SEED = SeedPlan.konTum2024();

    private static List<String> paragraphs(Plan plan) throws IOException {
        try (XWPFDocument doc = Outputs.docx(Outputs.render(PlanDocument.of(plan).layout(), Format.DOCX))) {
            return Outputs.paragraphs(doc);
        }
    }

    private static Plan session(PartOfDay part, LocalTime start, LocalTime end) {
        return SEED.withSessions(List.of(new Session("doi-thoai", LocalDate.of(2024, 11, 22), null, part, start, end)));
    }

    @Test
    void should_keep_the_part_of_day_and_the_hours_of_the_session() throws IOException {
        assertThat(paragraphs(session(PartOfDay.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30))))
                .contains("1. Thời gian: 01 buổi, buổi sáng ngày 22 tháng 11 năm 2024, từ 07 giờ 30 đến 11 giờ 30.");
        // a part of day left open takes it from the start
        assertThat(paragraphs(session(PartOfDay.UNSPECIFIED, LocalTime.of(14, 0), null)))
                .contains("1. Thời gian: 01 buổi, buổi chiều ngày 22 tháng 11 năm 2024, từ 14 giờ 00.");
        // a day with no hours stays a day
        assertThat(paragraphs(session(PartOfDay.UNSPECIFIED, null, null)))
                .contains("1. Thời gian: 01 buổi, ngày 22 tháng 11 năm 2024.");
    }

    @Test
    void should_print_bridge_points_as_the_plan_names_them() throws IOException {
        // GIVEN bridge points whose venues the plan names "Điểm cầu phường ..." and "Điểm cầu xã ..."
        List<Venue> venues = SEED.venues().stream().map(v -> v.id().equals("truc-tuyen-dak-glei")
                ? new Venue(v.id(), "Điểm cầu phường Đăk Glei", v.kind(), v.unit(), v.address(), v.capacity(),
                        v.onlineRoom())
                : v.id().equals("truc-tuyen-ngoc-hoi")
                        ? new Venue(v.id(), "Điểm cầu xã Ngọc Hồi", v.kind(), v.unit(), v.address(), v.capacity(),
                                v.onlineRoom())
                        : v).toList();
        Plan plan = SEED.toBuilder().venues(venues).build();
        String place = paragraphs(plan).stream().filter(p -> p.startsWith("2. Địa điểm:")).findFirst().orElseThrow();
        // THEN they print as written, never wrapped in a second "điểm cầu" label
        assertThat(place).contains("Điểm cầu phường Đăk Glei").contains("Điểm cầu xã Ngọc Hồi")
                .doesNotContain("(Điểm cầu").doesNotContain("Đăk Glei; Điểm cầu xã Ngọc Hồi;  ");
        // AND the others are listed under their level, named once
        assertThat(place).containsOnlyOnce("điểm cầu huyện (");
    }
}
