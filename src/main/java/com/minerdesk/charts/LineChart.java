package com.minerdesk.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lines over evenly spaced points (trading days or market weeks), with a y axis of round ticks,
 * x labels thinned to fit, optional boundaries between groups of points (weeks), numbered event
 * markers listed under the plot, and each line's last value written at its end.
 */
public final class LineChart {
    static final double PLOT_HEIGHT = 220;
    static final int MARKERS_UP_TO = 26;

    /** One line; a null value leaves a gap. */
    public record Series(String name, String shortName, List<BigDecimal> values, SeriesStyle style) {
    }

    /** A label under point {@code index}. */
    public record XLabel(int index, String text) {
    }

    private final String id;
    private double width = ChartWidth.WIDE.pixels;
    private final String title;
    private final String summary;
    private final int points;
    private final List<Series> series = new ArrayList<>();
    private final List<XLabel> xLabels = new ArrayList<>();
    private final List<Double> boundaries = new ArrayList<>();
    private final List<EventMarker> events = new ArrayList<>();
    private Function<BigDecimal, String> axisFormat = BigDecimal::toPlainString;
    private Function<BigDecimal, String> valueFormat;
    private String axisTitle;
    private String boundaryLabel;

    public LineChart(String id, String title, String summary, int points) {
        Frame.requireId(id);
        if (points < 1) {
            throw new IllegalArgumentException("a line chart needs at least one point");
        }
        this.id = id;
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.points = points;
    }

    public LineChart series(Series s) {
        if (s.values().size() != points) {
            throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for " + points + " points");
        }
        series.add(s);
        return this;
    }

    public LineChart xLabel(int index, String text) {
        xLabels.add(new XLabel(index, text));
        return this;
    }

    /** A thin vertical line at a position in point units (e.g. 4.5: between points 4 and 5). */
    public LineChart boundary(double position) {
        boundaries.add(position);
        return this;
    }

    public LineChart boundaryLabel(String legendLabel) {
        this.boundaryLabel = legendLabel;
        return this;
    }

    public LineChart event(double position, String label) {
        events.add(new EventMarker(position, label));
        return this;
    }

    public LineChart axisFormat(Function<BigDecimal, String> f) {
        this.axisFormat = f;
        return this;
    }

    /** How the last value of each line is written at its end (defaults to the axis format). */
    public LineChart valueFormat(Function<BigDecimal, String> f) {
        this.valueFormat = f;
        return this;
    }

    /** A short unit line above the y axis, such as "USD per BTC". */
    public LineChart axisTitle(String text) {
        this.axisTitle = text;
        return this;
    }

    public LineChart width(ChartWidth w) {
        this.width = w.pixels;
        return this;
    }

    public String render() {
        if (series.isEmpty()) {
            throw new IllegalStateException("a line chart needs a series");
        }
        Function<BigDecimal, String> values = valueFormat == null ? axisFormat : valueFormat;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        LinearScale probe = LinearScale.nice(min, max, 5, 0, 1);
        double yLabelWidth = probe.ticks().stream().mapToDouble(t -> Frame.textWidth(axisFormat.apply(t))).max().orElse(0);
        double left = yLabelWidth + 14;
        List<String> endLabels = endLabels(values, true);
        if (endLabels.stream().mapToDouble(Frame::textWidth).max().orElse(0) > width * 0.3) {
            endLabels = endLabels(values, false);
        }
        double right = width - 10 - endLabels.stream().mapToDouble(Frame::textWidth).max().orElse(0) - 12;

        List<LegendEntry> legend = new ArrayList<>();
        series.forEach(s -> legend.add(LegendEntry.line(s.style(), s.name())));
        if (!boundaries.isEmpty() && boundaryLabel != null) {
            legend.add(LegendEntry.of(LegendEntry.Kind.BOUNDARY, boundaryLabel));
        }
        if (!events.isEmpty()) {
            legend.add(LegendEntry.of(LegendEntry.Kind.EVENT, "Numbered event, listed below"));
        }

        Svg body = new Svg();
        double legendHeight = Frame.legend(body, id, legend, 10, 14, width - 20);
        double top = 14 + legendHeight + (axisTitle == null ? 6 : 22);
        double bottom = top + PLOT_HEIGHT;
        LinearScale y = LinearScale.nice(min, max, 5, bottom, top);
        double step = (right - left) / points;

        if (axisTitle != null) {
            body.text("text", axisTitle, "class", "muted", "x", 10, "y", top - 10, "fill", Palette.MUTED);
        }
        drawYAxis(body, y, left, right);
        for (double b : boundaries) {
            double x = left + (b + 0.5) * step;
            body.empty("line", "class", "boundary", "x1", x, "y1", top, "x2", x, "y2", bottom,
                    "stroke", Palette.GRID, "stroke-width", 1.5);
        }
        drawXLabels(body, left, step, bottom);
        for (int i = 0; i < events.size(); i++) {
            double x = left + (events.get(i).position() + 0.5) * step;
            body.empty("line", "class", "event-line", "x1", x, "y1", top + 8, "x2", x, "y2", bottom,
                    "stroke", Palette.EVENT, "stroke-width", 1.5, "stroke-dasharray", "4 3");
            EventMarker.diamond(body, x, top + 2);
            body.text("text", Integer.toString(i + 1), "class", "event-number", "x", x + 8, "y", top + 6, "font-weight", "bold");
        }
        List<double[]> ends = new ArrayList<>();
        for (int si = 0; si < series.size(); si++) {
            Series s = series.get(si);
            drawLine(body, s, y, left, step);
            BigDecimal last = lastValue(s);
            if (last != null) {
                ends.add(new double[] {si, y.map(last.doubleValue())});
            }
        }
        drawEndLabels(body, ends, endLabels, right + 10);

        double height = bottom + 30;
        if (!events.isEmpty()) {
            height += 6;
            for (int i = 0; i < events.size(); i++) {
                double ly = height + i * Frame.LINE_HEIGHT;
                EventMarker.diamond(body, 16, ly - 5);
                body.text("text", Integer.toString(i + 1), "class", "event-number", "x", 28, "y", ly, "font-weight", "bold");
                body.text("text", Frame.fit(events.get(i).label(), width - 60), "x", 48, "y", ly);
            }
            height += events.size() * Frame.LINE_HEIGHT;
        }
        Svg svg = new Svg();
        Frame.open(svg, id, "line", width, height, title, summary);
        return svg + body.toString() + "</svg>";
    }

    /** Each line's last value, named by the line's short name where there is room for it. */
    private List<String> endLabels(Function<BigDecimal, String> values, boolean named) {
        List<String> labels = new ArrayList<>();
        for (Series s : series) {
            BigDecimal last = lastValue(s);
            String name = named && !s.shortName().isEmpty() ? s.shortName() + " " : "";
            labels.add(last == null ? "" : name + values.apply(last));
        }
        return labels;
    }

    private void drawYAxis(Svg body, LinearScale y, double left, double right) {
        body.open("g", "class", "axis y-axis");
        for (BigDecimal t : y.ticks()) {
            double ty = y.map(t.doubleValue());
            body.empty("line", "class", "grid", "x1", left, "y1", ty, "x2", right, "y2", ty, "stroke", Palette.GRID);
            body.text("text", axisFormat.apply(t), "class", "tick", "x", left - 6, "y", ty + 4.5, "text-anchor", "end");
        }
        body.close("g");
    }

    /** Shows every k-th label counted back from the newest, with k as small as keeps them apart. */
    private void drawXLabels(Svg body, double left, double step, double bottom) {
        List<XLabel> sorted = new ArrayList<>(xLabels);
        sorted.sort(Comparator.comparingInt(XLabel::index));
        body.open("g", "class", "axis x-axis");
        double widest = sorted.stream().mapToDouble(l -> Frame.textWidth(l.text())).max().orElse(0) + 10;
        int k = 1;
        while (!fits(sorted, k, widest, step)) {
            k++;
        }
        int firstShown = (sorted.size() - 1) % k;
        for (int i = firstShown; i < sorted.size(); i += k) {
            XLabel l = sorted.get(i);
            double x = left + (l.index() + 0.5) * step;
            body.empty("line", "class", "tick-mark", "x1", x, "y1", bottom, "x2", x, "y2", bottom + 5, "stroke", Palette.AXIS);
            body.text("text", l.text(), "class", "tick", "x", x, "y", bottom + 21, "text-anchor", "middle");
        }
        body.empty("line", "class", "baseline", "x1", left, "y1", bottom, "x2", left + step * points, "y2", bottom,
                "stroke", Palette.AXIS);
        body.close("g");
    }

    private static boolean fits(List<XLabel> sorted, int k, double widest, double step) {
        for (int i = sorted.size() - 1; i - k >= 0; i -= k) {
            if ((sorted.get(i).index() - sorted.get(i - k).index()) * step < widest) {
                return false;
            }
        }
        return true;
    }

    private void drawLine(Svg body, Series s, LinearScale y, double left, double step) {
        StringBuilder d = new StringBuilder();
        boolean penDown = false;
        int count = 0;
        for (int i = 0; i < points; i++) {
            BigDecimal v = s.values().get(i);
            if (v == null) {
                penDown = false;
                continue;
            }
            d.append(penDown ? "L" : "M").append(Svg.num(left + (i + 0.5) * step)).append(' ')
                    .append(Svg.num(y.map(v.doubleValue())));
            penDown = true;
            count++;
        }
        body.open("g", "class", "series");
        body.empty("path", "class", "line " + s.style().cssClass, "d", d.toString(), "fill", "none",
                "stroke", s.style().color, "stroke-width", 2.5, "stroke-linejoin", "round",
                "stroke-dasharray", s.style().dash);
        int lastIndex = lastIndex(s);
        for (int i = 0; i < points; i++) {
            BigDecimal v = s.values().get(i);
            if (v != null && (count <= MARKERS_UP_TO || i == lastIndex)) {
                s.style().marker(body, left + (i + 0.5) * step, y.map(v.doubleValue()));
            }
        }
        body.close("g");
    }

    /** End labels in value order, pushed apart so that none overlaps the next. */
    private static void drawEndLabels(Svg body, List<double[]> ends, List<String> labels, double x) {
        ends.sort(Comparator.comparingDouble(e -> e[1]));
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] e : ends) {
            double ly = Math.max(e[1] + 4.5, previous + 17);
            body.text("text", labels.get((int) e[0]), "class", "end-label", "x", x, "y", ly, "font-weight", "bold");
            previous = ly;
        }
    }

    private static int lastIndex(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) {
            if (s.values().get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal lastValue(Series s) {
        int i = lastIndex(s);
        return i < 0 ? null : s.values().get(i);
    }
}
