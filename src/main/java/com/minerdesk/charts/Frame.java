package com.minerdesk.charts;

import java.util.List;

/**
 * What every chart shares: the {@code <svg>} element with its accessible name ({@code <title>}) and
 * summary in words ({@code <desc>}), the hatch pattern that marks negative values, the legend, and
 * the rough text measure used for layout (there are no font metrics on the server).
 */
public final class Frame {
    static final int FONT_SIZE = 14;
    static final double CHAR_WIDTH = 8;
    static final double LINE_HEIGHT = 20;

    private Frame() {
    }

    /** An estimate on the generous side of the width of {@code s} at the chart's font size, bold or not. */
    public static double textWidth(String s) {
        double w = 0;
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c) || c == '$' || c == '%' || c == '\u2212' || c == '+') {
                w += 10;
            } else if (Character.isDigit(c)) {
                w += 8.6;
            } else if (c == ' ' || c == '.' || c == ',' || c == '\u00a0') {
                w += 4.2;
            } else {
                w += CHAR_WIDTH;
            }
        }
        return w;
    }

    /** Opens the {@code <svg>} and writes title, description and pattern definitions. */
    static void open(Svg svg, String id, String kind, double width, double height, String title, String summary) {
        requireId(id);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg",
                "class", "chart-svg chart-" + kind,
                "id", id,
                "viewBox", "0 0 " + Svg.num(width) + " " + Svg.num(height),
                "width", Svg.num(width), "height", Svg.num(height),
                "role", "img",
                "aria-labelledby", id + "-title",
                "aria-describedby", id + "-desc",
                "font-family", Palette.FONT, "font-size", FONT_SIZE, "fill", Palette.TEXT);
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", summary, "id", id + "-desc");
        svg.open("defs");
        svg.open("pattern", "id", hatchId(id), "patternUnits", "userSpaceOnUse", "width", 6, "height", 6,
                "patternTransform", "rotate(45)");
        svg.empty("rect", "class", "hatch-bg", "width", 6, "height", 6, "fill", Palette.DOWN);
        svg.empty("line", "class", "hatch-line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", Palette.HATCH, "stroke-width", 2.5);
        svg.close("pattern");
        svg.close("defs");
    }

    static String hatchId(String chartId) {
        return chartId + "-hatch";
    }

    static String hatchFill(String chartId) {
        return "url(#" + hatchId(chartId) + ")";
    }

    /** Ids become part of the page: keep them to what HTML and CSS selectors accept without escaping. */
    static void requireId(String id) {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and dashes: " + id);
        }
    }

    /**
     * Writes the legend in rows from (x, y), wrapping within {@code maxWidth}; returns the height used.
     */
    static double legend(Svg svg, String chartId, List<LegendEntry> entries, double x, double y, double maxWidth) {
        svg.open("g", "class", "legend");
        double cx = x;
        double cy = y;
        for (LegendEntry e : entries) {
            double w = 26 + textWidth(e.label()) + 18;
            if (cx > x && cx + w > x + maxWidth) {
                cx = x;
                cy += LINE_HEIGHT;
            }
            e.drawKey(svg, chartId, cx, cy);
            svg.text("text", e.label(), "x", cx + 26, "y", cy + 5);
            cx += w;
        }
        svg.close("g");
        return cy - y + LINE_HEIGHT;
    }

    /** Shortens {@code s} to about {@code width} pixels, ending in an ellipsis when cut. */
    static String fit(String s, double width) {
        if (textWidth(s) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && textWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "\u2026";
    }
}
