package com.minerdesk.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One horizontal bar per labelled value, in the given order, from a zero line. Negative bars are
 * hatched and every bar carries its signed value, so the sign never rests on colour. An optional
 * dashed reference line (such as the sector's change) runs across all bars.
 */
public final class HorizontalBarChart {
    static final double ROW = 21;
    static final double BAR = 14;

    public record Bar(String label, BigDecimal value) {
    }

    private final String id;
    private double width = ChartWidth.WIDE.pixels;
    private final String title;
    private final String summary;
    private final List<Bar> bars = new ArrayList<>();
    private Function<BigDecimal, String> axisFormat = BigDecimal::toPlainString;
    private Function<BigDecimal, String> valueFormat;
    private BigDecimal reference;
    private String referenceLabel;
    private String positiveLabel = "Positive";
    private String negativeLabel = "Negative";

    public HorizontalBarChart(String id, String title, String summary) {
        Frame.requireId(id);
        this.id = id;
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
    }

    public HorizontalBarChart bar(String label, BigDecimal value) {
        bars.add(new Bar(label, Objects.requireNonNull(value)));
        return this;
    }

    public HorizontalBarChart axisFormat(Function<BigDecimal, String> f) {
        this.axisFormat = f;
        return this;
    }

    public HorizontalBarChart valueFormat(Function<BigDecimal, String> f) {
        this.valueFormat = f;
        return this;
    }

    public HorizontalBarChart reference(BigDecimal value, String label) {
        this.reference = value;
        this.referenceLabel = label;
        return this;
    }

    public HorizontalBarChart legendLabels(String positive, String negative) {
        this.positiveLabel = positive;
        this.negativeLabel = negative;
        return this;
    }

    public HorizontalBarChart width(ChartWidth w) {
        this.width = w.pixels;
        return this;
    }

    public String render() {
        if (bars.isEmpty()) {
            throw new IllegalStateException("a bar chart needs a bar");
        }
        Function<BigDecimal, String> values = valueFormat == null ? axisFormat : valueFormat;
        double min = 0;
        double max = 0;
        for (Bar b : bars) {
            min = Math.min(min, b.value().doubleValue());
            max = Math.max(max, b.value().doubleValue());
        }
        if (reference != null) {
            min = Math.min(min, reference.doubleValue());
            max = Math.max(max, reference.doubleValue());
        }
        double labelWidth = bars.stream().mapToDouble(b -> Frame.textWidth(b.label())).max().orElse(0) + 18;
        double valueWidth = bars.stream().mapToDouble(b -> Frame.textWidth(values.apply(b.value()))).max().orElse(0) + 8;
        double left = labelWidth + (min < 0 ? valueWidth : 4);
        double right = width - (max > 0 ? valueWidth : 12);

        List<LegendEntry> legend = new ArrayList<>();
        legend.add(LegendEntry.of(LegendEntry.Kind.UP_BAR, positiveLabel));
        legend.add(LegendEntry.of(LegendEntry.Kind.DOWN_BAR, negativeLabel + " (hatched)"));
        if (reference != null) {
            legend.add(LegendEntry.of(LegendEntry.Kind.REFERENCE, referenceLabel + " " + values.apply(reference)));
        }
        Svg body = new Svg();
        double legendHeight = Frame.legend(body, id, legend, 10, 14, width - 20);
        double top = 14 + legendHeight + 6;
        double bottom = top + bars.size() * ROW;
        LinearScale x = ticksThatFit(min, max, left, right, axisFormat);

        body.open("g", "class", "axis x-axis");
        for (BigDecimal t : x.ticks()) {
            double tx = x.map(t.doubleValue());
            body.empty("line", "class", "grid", "x1", tx, "y1", top, "x2", tx, "y2", bottom, "stroke", Palette.GRID);
            body.text("text", axisFormat.apply(t), "class", "tick", "x", tx, "y", bottom + 18, "text-anchor", "middle");
        }
        body.close("g");

        double zero = x.map(0);
        body.open("g", "class", "bars");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double rowTop = top + i * ROW;
            double cy = rowTop + ROW / 2;
            double vx = x.map(b.value().doubleValue());
            int sign = b.value().signum();
            body.text("text", b.label(), "class", "category", "x", labelWidth - 8, "y", cy + 5, "text-anchor", "end");
            if (sign > 0) {
                body.empty("rect", "class", "bar up", "x", zero, "y", cy - BAR / 2, "width", vx - zero, "height", BAR,
                        "fill", Palette.UP);
            } else if (sign < 0) {
                body.empty("rect", "class", "bar down", "x", vx, "y", cy - BAR / 2, "width", zero - vx, "height", BAR,
                        "fill", Frame.hatchFill(id), "stroke", Palette.DOWN);
            }
            body.text("text", values.apply(b.value()), "class", "value", "x", sign < 0 ? vx - 4 : vx + 4, "y", cy + 5,
                    "text-anchor", sign < 0 ? "end" : "start");
        }
        body.close("g");
        body.empty("line", "class", "zero", "x1", zero, "y1", top, "x2", zero, "y2", bottom, "stroke", Palette.AXIS,
                "stroke-width", 1.5);
        if (reference != null) {
            double rx = x.map(reference.doubleValue());
            body.empty("line", "class", "reference", "x1", rx, "y1", top - 4, "x2", rx, "y2", bottom + 4,
                    "stroke", Palette.REFERENCE, "stroke-width", 2, "stroke-dasharray", "5 3");
        }
        Svg svg = new Svg();
        Frame.open(svg, id, "bars", width, bottom + 30, title, summary);
        return svg + body.toString() + "</svg>";
    }

    /** The most round ticks, up to about five, whose labels do not run into each other. */
    static LinearScale ticksThatFit(double min, double max, double left, double right, Function<BigDecimal, String> format) {
        LinearScale x = LinearScale.nice(min, max, 5, left, right);
        for (int target = 4; target >= 1 && !labelsFit(x, format); target--) {
            x = LinearScale.nice(min, max, target, left, right);
        }
        return x;
    }

    private static boolean labelsFit(LinearScale x, Function<BigDecimal, String> format) {
        double gap = Math.abs(x.map(x.ticks().get(1).doubleValue()) - x.map(x.ticks().get(0).doubleValue()));
        return x.ticks().stream().allMatch(t -> Frame.textWidth(format.apply(t)) + 8 <= gap);
    }
}
