package vn.dialogue.export.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.export.html.Svg;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.timeline.Milestone;
import vn.dialogue.timeline.Timeline;

class MilestoneChartTest {

    @Test
    void should_draw_a_bar_per_dated_task_as_well_formed_svg_with_the_as_of_line() throws Exception {
        Timeline timeline = Timeline.of(SeedParticipants.plan(), WorkingCalendar.vietnam());
        MilestoneChart chart = MilestoneChart.of(timeline, Locale.forLanguageTag("vi"))
                .asOf(Instant.parse("2024-11-15T03:00:00Z"));
        long dated = timeline.milestones().stream()
                .filter(m -> m.kind() == Milestone.Kind.DEADLINE && m.date() != null).count();
        assertThat(chart.bars()).hasSize((int) dated).isNotEmpty();
        chart.bars().forEach(b -> assertThat(b.from()).isBeforeOrEqualTo(b.to()));
        String svg = Svg.of(Figure.of(chart.drawing(), 250, chart.heightMm(), "Biểu đồ mốc thời gian"));
        org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("Đến ngày 15/11").contains("Biểu đồ mốc thời gian");
    }
}
