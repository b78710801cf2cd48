package vn.dialogue.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.OutputText;
import vn.dialogue.export.layout.Drawing;

/**
 * Bar charts as {@link Drawing}s: horizontal bars (one count per category, e.g. questions by topic) and stacked
 * horizontal bars (several counts per category, e.g. an agency's answers on time, late and overdue), each bar
 * labelled with its count. The chart is built anew each time it is drawn, from immutable data, so a drawing is
 * thread-safe and prints the same in every format. Stateless.
 */
public final class Charts {

    /** The shades of the series, told apart in grey as well as in colour. */
    private static final Paint[] SHADES = {new Color(0x1f, 0x5f, 0x99), new Color(0xe0, 0x8a, 0x1e),
            new Color(0xb2, 0x22, 0x22), new Color(0x9e, 0x9e, 0x9e), new Color(0x4c, 0x9a, 0x52)};

    private Charts() {
    }

    /**
     * Horizontal bars, one per category, in the order given, each labelled with its count.
     *
     * @param counts    the count of each category, in the order to print, category names as printed
     * @param valueAxis the label of the count axis, e.g. "Số câu hỏi"
     * @return the drawing
     */
    public static Drawing bars(Map<String, Integer> counts, String valueAxis) {
        Map<String, Map<String, Integer>> one = new LinkedHashMap<>();
        counts.forEach((k, v) -> one.put(k, Map.of(valueAxis, v)));
        return stacked(one, List.of(valueAxis), valueAxis, false);
    }

    /**
     * Horizontal stacked bars: for each category (in the order given) its count in each series (in the order given),
     * with a legend of the series.
     *
     * @param counts    by category, the count of each series (a missing series counts 0)
     * @param series    the series, in the order to stack and list in the legend
     * @param valueAxis the label of the count axis
     * @return the drawing
     */
    public static Drawing stackedBars(Map<String, Map<String, Integer>> counts, List<String> series,
                                      String valueAxis) {
        return stacked(counts, series, valueAxis, true);
    }

    private static Drawing stacked(Map<String, Map<String, Integer>> counts, List<String> series, String valueAxis,
                                   boolean legend) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Map<String, Map<String, Integer>> data = new LinkedHashMap<>();
        counts.forEach((k, v) -> data.put(OutputText.of(k), Map.copyOf(v)));
        List<String> names = OutputText.all(series);
        String axis = OutputText.of(valueAxis);
        Supplier<JFreeChart> chart = () -> {
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            data.forEach((category, values) -> {
                for (int i = 0; i < names.size(); i++) {
                    dataset.addValue(values.getOrDefault(series.get(i), values.getOrDefault(names.get(i), 0)),
                            names.get(i), category);
                }
            });
            CategoryAxis categories = new CategoryAxis(null);
            categories.setMaximumCategoryLabelLines(3);
            categories.setMaximumCategoryLabelWidthRatio(0.45f);
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
            NumberAxis values = new NumberAxis(axis);
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            values.setUpperMargin(0.12);
            BarRenderer renderer = legend ? new StackedBarRenderer() : new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(true);
            renderer.setDefaultOutlinePaint(Color.WHITE);
            renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
            renderer.setMaximumBarWidth(legend ? 0.3 : 0.12);
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(Fonts.awt(false, false, 9));
            for (int i = 0; i < names.size(); i++) {
                renderer.setSeriesPaint(i, SHADES[i % SHADES.length]);
                renderer.setSeriesItemLabelPaint(i, legend ? Color.WHITE : Color.BLACK);
            }
            CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xc8, 0xc8, 0xc8));
            plot.setOutlineVisible(false);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            JFreeChart c = new JFreeChart(null, Fonts.awt(true, false, 12), plot, legend);
            theme().apply(c);
            // after the theme, which sets its own shades
            renderer.setDefaultItemLabelFont(Fonts.awt(false, false, 9));
            renderer.setDefaultPositiveItemLabelPosition(legend
                    ? new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(3);
            for (int i = 0; i < names.size(); i++) {
                renderer.setSeriesPaint(i, SHADES[i % SHADES.length]);
                renderer.setSeriesItemLabelPaint(i, legend ? Color.WHITE : Color.BLACK);
            }
            if (legend) {
                // a count too small for its bar is not printed in it
                renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                        Number v = d.getValue(row, column);
                        return v == null || v.intValue() == 0 ? null : super.generateLabel(d, row, column);
                    }
                });
            }
            LegendTitle l = c.getLegend();
            if (l != null) {
                l.setPosition(RectangleEdge.BOTTOM);
                l.setFrame(BlockBorder.NONE);
            }
            c.setBackgroundPaint(Color.WHITE);
            c.setAntiAlias(true);
            c.setTextAntiAlias(true);
            return c;
        };
        return (g, area) -> chart.get().draw(g, area);
    }

    /** The theme: every text in the documents' serif; the rest JFreeChart's defaults, in black on white. */
    static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("dialogue", false);
        theme.setExtraLargeFont(Fonts.awt(true, false, 13));
        theme.setLargeFont(Fonts.awt(true, false, 11));
        theme.setRegularFont(Fonts.awt(false, false, 10));
        theme.setSmallFont(Fonts.awt(false, false, 9));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setLegendItemPaint(Color.BLACK);
        theme.setItemLabelPaint(Color.BLACK);
        return theme;
    }
}
