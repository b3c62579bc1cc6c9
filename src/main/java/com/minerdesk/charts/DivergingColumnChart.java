package com.minerdesk.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts that pull in two directions per category (gainers and decliners per week): the first rises
 * above a zero line as a solid column, the second hangs below it hatched, each labelled with its count.
 */
public final class DivergingColumnChart {
    static final double PLOT_HEIGHT = 220;

    public record Column(String label, int up, int down) {
    }

    private final String id;
    private double width = ChartWidth.WIDE.pixels;
    private final String title;
    private final String summary;
    private final String upLabel;
    private final String downLabel;
    private final List<Column> columns = new ArrayList<>();

    public DivergingColumnChart(String id, String title, String summary, String upLabel, String downLabel) {
        Frame.requireId(id);
        this.id = id;
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.upLabel = upLabel;
        this.downLabel = downLabel;
    }

    public DivergingColumnChart column(String label, int up, int down) {
        if (up < 0 || down < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        columns.add(new Column(label, up, down));
        return this;
    }

    public DivergingColumnChart width(ChartWidth w) {
        this.width = w.pixels;
        return this;
    }

    public String render() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("a column chart needs a column");
        }
        int maxUp = columns.stream().mapToInt(Column::up).max().orElse(0);
        int maxDown = columns.stream().mapToInt(Column::down).max().orElse(0);
        List<LegendEntry> legend = List.of(
                LegendEntry.of(LegendEntry.Kind.UP_BAR, upLabel + " (above the line)"),
                LegendEntry.of(LegendEntry.Kind.DOWN_BAR, downLabel + " (below, hatched)"));
        Svg body = new Svg();
        double legendHeight = Frame.legend(body, id, legend, 10, 14, width - 20);
        double top = 14 + legendHeight + 18;
        double bottom = top + PLOT_HEIGHT;
        LinearScale y = LinearScale.nice(-Math.max(1, maxDown), Math.max(1, maxUp), 6, bottom, top);
        double left = y.ticks().stream().mapToDouble(t -> Frame.textWidth(t.abs().toPlainString())).max().orElse(0) + 14;
        double right = width - 10;
        double band = (right - left) / columns.size();
        double barWidth = Math.min(36, band * 0.62);

        body.open("g", "class", "axis y-axis");
        for (BigDecimal t : y.ticks()) {
            double ty = y.map(t.doubleValue());
            body.empty("line", "class", "grid", "x1", left, "y1", ty, "x2", right, "y2", ty, "stroke", Palette.GRID);
            body.text("text", t.abs().toPlainString(), "class", "tick", "x", left - 6, "y", ty + 4.5, "text-anchor", "end");
        }
        body.close("g");

        double zero = y.map(0);
        double widest = columns.stream().mapToDouble(c -> Frame.textWidth(c.label())).max().orElse(0) + 10;
        int labelEvery = (int) Math.ceil(widest / band);
        body.open("g", "class", "bars");
        for (int i = columns.size() - 1; i >= 0; i--) {
            Column c = columns.get(i);
            double cx = left + (i + 0.5) * band;
            double upY = y.map(c.up());
            double downY = y.map(-c.down());
            if (c.up() > 0) {
                body.empty("rect", "class", "bar up", "x", cx - barWidth / 2, "y", upY, "width", barWidth, "height", zero - upY,
                        "fill", Palette.UP);
            }
            if (c.down() > 0) {
                body.empty("rect", "class", "bar down", "x", cx - barWidth / 2, "y", zero, "width", barWidth,
                        "height", downY - zero, "fill", Frame.hatchFill(id), "stroke", Palette.DOWN);
            }
            body.text("text", Integer.toString(c.up()), "class", "value", "x", cx, "y", upY - 5, "text-anchor", "middle");
            body.text("text", Integer.toString(c.down()), "class", "value", "x", cx, "y", downY + 16, "text-anchor", "middle");
            if ((columns.size() - 1 - i) % labelEvery == 0) {
                body.text("text", c.label(), "class", "tick", "x", cx, "y", bottom + 38, "text-anchor", "middle");
            }
        }
        body.close("g");
        body.empty("line", "class", "zero", "x1", left, "y1", zero, "x2", right, "y2", zero, "stroke", Palette.AXIS,
                "stroke-width", 1.5);
        Svg svg = new Svg();
        Frame.open(svg, id, "columns", width, bottom + 48, title, summary);
        return svg + body.toString() + "</svg>";
    }
}
