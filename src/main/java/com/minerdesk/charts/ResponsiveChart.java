package com.minerdesk.charts;

import java.util.function.BiFunction;

/** Both layouts of one chart, for a page that shows the wide one on wide screens and the narrow one on phones. */
public record ResponsiveChart(String wide, String narrow) {

    /** Draws the chart twice, with ids {@code id} and {@code id-narrow}. */
    public static ResponsiveChart of(String id, BiFunction<String, ChartWidth, String> draw) {
        return new ResponsiveChart(draw.apply(ChartWidth.WIDE.id(id), ChartWidth.WIDE),
                draw.apply(ChartWidth.NARROW.id(id), ChartWidth.NARROW));
    }
}
