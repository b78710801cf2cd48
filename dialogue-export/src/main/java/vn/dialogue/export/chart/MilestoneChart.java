package vn.dialogue.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.jspecify.annotations.Nullable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.internal.OutputText;
import vn.dialogue.export.layout.Drawing;
import vn.dialogue.timeline.Milestone;
import vn.dialogue.timeline.Timeline;

/**
 * The milestone chart of a plan (a Gantt chart, JFreeChart): each task of the timeline as a bar from the day it is
 * given (the latest known day of the milestones its rule counts from, else the plan's first day) to its last day,
 * each session as a vertical line with its name, the days off of the working calendar shaded, and, when printed at
 * an instant, an "as of" line on that day. Immutable and thread-safe.
 */
public final class MilestoneChart {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** One bar: a task from the day it is given to its last day. */
    public record Bar(String label, LocalDate from, LocalDate to) {
        /**
         * Checks and normalises the bar.
         *
         * @param label what the task is
         * @param from the day it is given
         * @param to its last day, not before {@code from}
         */
        public Bar {
            label = OutputText.of(Objects.requireNonNull(label, "label"));
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                from = to;
            }
        }
    }

    /** One session line. */
    public record Mark(String label, LocalDate day) {
        /**
         * Checks and normalises the mark.
         *
         * @param label the session's name
         * @param day its day
         */
        public Mark {
            label = OutputText.of(Objects.requireNonNull(label, "label"));
            Objects.requireNonNull(day, "day");
        }
    }

    private final List<Bar> bars;
    private final List<Mark> sessions;
    private final WorkingCalendar calendar;
    private final @Nullable LocalDate asOf;
    private final Locale locale;

    private MilestoneChart(List<Bar> bars, List<Mark> sessions, WorkingCalendar calendar, @Nullable LocalDate asOf,
                           Locale locale) {
        this.bars = bars;
        this.sessions = sessions;
        this.calendar = calendar;
        this.asOf = asOf;
        this.locale = locale;
    }

    /**
     * The chart of {@code timeline}'s dated tasks and sessions, in {@code locale}'s language.
     *
     * @param timeline the plan's timeline
     * @param locale   the language of the labels
     * @return the chart
     */
    public static MilestoneChart of(Timeline timeline, Locale locale) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(locale, "locale");
        List<Milestone> all = timeline.milestones();
        Optional<LocalDate> first = all.stream().map(Milestone::date).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
        List<Bar> bars = new ArrayList<>();
        List<Mark> sessions = new ArrayList<>();
        for (Milestone m : all) {
            if (m.date() == null) {
                continue;
            }
            String label = m.label().in(locale);
            if (m.kind() == Milestone.Kind.SESSION) {
                sessions.add(new Mark(label, m.date()));
            } else if (m.kind() == Milestone.Kind.DEADLINE) {
                LocalDate from = m.dependsOn().stream().map(timeline::milestone).flatMap(Optional::stream)
                        .map(Milestone::date).filter(Objects::nonNull).filter(d -> !d.isAfter(m.date()))
                        .max(LocalDate::compareTo).orElse(first.orElse(m.date()));
                bars.add(new Bar(label, from, m.date()));
            }
        }
        return new MilestoneChart(List.copyOf(bars), List.copyOf(sessions), timeline.calendar(), null, locale);
    }

    /**
     * The same chart with an "as of" line on the day {@code at} falls on in Vietnam.
     *
     * @param at the instant the chart is printed at
     * @return the same chart with that line
     */
    public MilestoneChart asOf(Instant at) {
        return new MilestoneChart(bars, sessions, calendar, Objects.requireNonNull(at, "at").atZone(VIETNAM)
                .toLocalDate(), locale);
    }

    /**
     * The bars, in the timeline's order.
     *
     * @return the bars
     */
    public List<Bar> bars() {
        return bars;
    }

    /**
     * A height in millimetres that gives each bar its line.
     *
     * @return the height in millimetres
     */
    public double heightMm() {
        return Math.min(250, 40 + 8.5 * Math.max(1, bars.size()));
    }

    /**
     * The chart as a drawing.
     *
     * @return the drawing
     */
    public Drawing drawing() {
        boolean vi = "vi".equals(locale.getLanguage());
        return (g, area) -> chart(vi).draw(g, area);
    }

    private JFreeChart chart(boolean vi) {
        TaskSeries series = new TaskSeries(vi ? "Nhiệm vụ" : "Tasks");
        List<String> seen = new ArrayList<>();
        for (Bar b : bars) {
            String label = b.label();
            int n = 2;
            while (seen.contains(label)) {
                label = b.label() + " (" + n++ + ")";
            }
            seen.add(label);
            series.add(new Task(label, new SimpleTimePeriod(start(b.from()), start(b.to().plusDays(1)))));
        }
        TaskSeriesCollection data = new TaskSeriesCollection();
        data.add(series);
        CategoryAxis tasks = new CategoryAxis(null);
        tasks.setMaximumCategoryLabelLines(2);
        tasks.setMaximumCategoryLabelWidthRatio(0.4f);
        DateAxis days = new DateAxis(vi ? "Ngày" : "Day", TimeZone.getTimeZone(VIETNAM), locale);
        days.setDateFormatOverride(dayFormat());
        GanttRenderer renderer = new GanttRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1f, 0x5f, 0x99));
        renderer.setMaximumBarWidth(0.5);
        CategoryPlot plot = new CategoryPlot(data, tasks, days, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc8, 0xc8, 0xc8));
        LocalDate lo = bars.stream().map(Bar::from).min(LocalDate::compareTo).orElse(LocalDate.now(VIETNAM));
        LocalDate hi = bars.stream().map(Bar::to).max(LocalDate::compareTo).orElse(lo);
        for (Mark s : sessions) {
            lo = s.day().isBefore(lo) ? s.day() : lo;
            hi = s.day().isAfter(hi) ? s.day() : hi;
        }
        if (asOf != null) {
            lo = asOf.isBefore(lo) ? asOf : lo;
            hi = asOf.isAfter(hi) ? asOf : hi;
        }
        lo = lo.minusDays(1);
        hi = hi.plusDays(2);
        days.setRange(start(lo), start(hi));
        Color off = new Color(0xec, 0xec, 0xec);
        for (LocalDate d = lo; d.isBefore(hi); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                plot.addRangeMarker(new IntervalMarker(start(d).getTime(), start(d.plusDays(1)).getTime(), off),
                        Layer.BACKGROUND);
            }
        }
        for (Mark s : sessions) {
            plot.addRangeMarker(line(s.day(), s.label(), new Color(0xb2, 0x22, 0x22), 1.5f),
                    Layer.FOREGROUND);
        }
        if (asOf != null) {
            plot.addRangeMarker(line(asOf, (vi ? "Đến ngày " : "As of ") + dayFormat().format(start(asOf)),
                    new Color(0x2e, 0x7d, 0x32), 1f), Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(null, Fonts.awt(true, false, 12), plot, false);
        Charts.theme().apply(chart);
        renderer.setSeriesPaint(0, new Color(0x1f, 0x5f, 0x99));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static ValueMarker line(LocalDate day, String label, Color colour, float width) {
        // at noon: the middle of the day's column
        ValueMarker m = new ValueMarker(start(day).getTime() + 12 * 3600_000L, colour, new BasicStroke(width));
        m.setLabel(label);
        m.setLabelFont(Fonts.awt(true, false, 9));
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }

    private java.text.SimpleDateFormat dayFormat() {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("dd/MM", locale);
        f.setTimeZone(TimeZone.getTimeZone(VIETNAM));
        return f;
    }

    private static Date start(LocalDate day) {
        return Date.from(day.atStartOfDay(VIETNAM).toInstant());
    }
}
