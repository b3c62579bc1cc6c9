package com.minerdesk.charts;

/** A dated event on a time axis: a numbered diamond over a dashed vertical line. */
public record EventMarker(double position, String label) {

    static void diamond(Svg svg, double x, double y) {
        svg.empty("path", "class", "event-marker", "fill", Palette.EVENT,
                "d", "M" + Svg.num(x) + " " + Svg.num(y - 6) + "L" + Svg.num(x + 6) + " " + Svg.num(y)
                        + "L" + Svg.num(x) + " " + Svg.num(y + 6) + "L" + Svg.num(x - 6) + " " + Svg.num(y) + "Z");
    }
}
