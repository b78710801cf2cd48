package vn.dialogue.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import vn.dialogue.export.Documents;
import vn.dialogue.export.Format;
import vn.dialogue.export.chart.MilestoneChart;
import vn.dialogue.export.html.Svg;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.timeline.Timeline;

/** The plan's milestone chart written to a file: SVG alone, or a landscape page of PDF, DOCX or HTML. */
public final class MilestoneCharts {

    private MilestoneCharts() {
    }

    /** The figure of {@code timeline}'s milestone chart, on a landscape A4 page's text width. */
    public static Figure figure(Timeline timeline, Locale locale) {
        MilestoneChart chart = MilestoneChart.of(timeline, locale);
        boolean vi = "vi".equals(locale.getLanguage());
        return Figure.of(chart.drawing(), 250, Math.min(160, chart.heightMm()),
                vi ? "Biểu đồ mốc thời gian thực hiện kế hoạch" : "Milestone chart of the plan");
    }

    /** Writes the chart into {@code file}, in the format its extension names. */
    public static void write(Timeline timeline, Locale locale, Path file) throws IOException {
        Figure figure = figure(timeline, locale);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Svg.write(figure, file);
            return;
        }
        LayoutDocument page = LayoutDocument.of(new DocumentInfo(figure.caption(), "dialogue", locale,
                java.time.Instant.EPOCH), PageSetup.a4Landscape(), figure);
        Documents.write(page, Format.ofFile(file), file);
    }
}
