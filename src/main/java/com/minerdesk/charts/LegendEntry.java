package com.minerdesk.charts;

/** One key of a chart's legend: a line style, a bar swatch, a reference line or an event marker. */
record LegendEntry(Kind kind, SeriesStyle style, String label) {

    enum Kind { LINE, UP_BAR, DOWN_BAR, REFERENCE, BOUNDARY, EVENT }

    static LegendEntry line(SeriesStyle style, String label) {
        return new LegendEntry(Kind.LINE, style, label);
    }

    static LegendEntry of(Kind kind, String label) {
        return new LegendEntry(kind, null, label);
    }

    /** Draws the key in the 20-pixel box that starts at x, vertically centred on y. */
    void drawKey(Svg svg, String chartId, double x, double y) {
        switch (kind) {
            case LINE -> {
                svg.empty("line", "class", "line " + style.cssClass, "x1", x, "y1", y, "x2", x + 20, "y2", y,
                        "stroke", style.color, "stroke-width", 2.5, "stroke-dasharray", style.dash);
                style.marker(svg, x + 10, y);
            }
            case UP_BAR -> svg.empty("rect", "class", "bar up", "x", x + 3, "y", y - 6, "width", 14, "height", 12,
                    "fill", Palette.UP);
            case DOWN_BAR -> svg.empty("rect", "class", "bar down", "x", x + 3, "y", y - 6, "width", 14, "height", 12,
                    "fill", Frame.hatchFill(chartId), "stroke", Palette.DOWN);
            case REFERENCE -> svg.empty("line", "class", "reference", "x1", x, "y1", y, "x2", x + 20, "y2", y,
                    "stroke", Palette.REFERENCE, "stroke-width", 2, "stroke-dasharray", "5 3");
            case BOUNDARY -> svg.empty("line", "class", "boundary", "x1", x + 10, "y1", y - 7, "x2", x + 10, "y2", y + 7,
                    "stroke", Palette.GRID, "stroke-width", 1.5);
            case EVENT -> EventMarker.diamond(svg, x + 10, y);
        }
    }
}
