package com.minerdesk.charts;

/**
 * How a line series is drawn. Each style differs in colour, dash pattern and marker shape, so the
 * lines stay apart in print, in greyscale and for readers who do not tell the colours apart.
 * The colours are defaults for an SVG shown without the site's stylesheet (feeds); on the site the
 * classes take the theme's colours (light and dark).
 */
public enum SeriesStyle {
    FIRST("series-1", "#0b5cad", null, Marker.CIRCLE),
    SECOND("series-2", "#9a4b00", "7 4", Marker.SQUARE),
    THIRD("series-3", "#5b3f9e", "2 3", Marker.TRIANGLE);

    enum Marker { CIRCLE, SQUARE, TRIANGLE }

    final String cssClass;
    final String color;
    final String dash;
    final Marker marker;

    SeriesStyle(String cssClass, String color, String dash, Marker marker) {
        this.cssClass = cssClass;
        this.color = color;
        this.dash = dash;
        this.marker = marker;
    }

    /** Draws this style's marker centred on (x, y). */
    void marker(Svg svg, double x, double y) {
        String cls = "marker " + cssClass;
        switch (marker) {
            case CIRCLE -> svg.empty("circle", "class", cls, "cx", x, "cy", y, "r", 3.5, "fill", color);
            case SQUARE -> svg.empty("rect", "class", cls, "x", x - 3.5, "y", y - 3.5, "width", 7, "height", 7, "fill", color);
            case TRIANGLE -> svg.empty("path", "class", cls, "fill", color,
                    "d", "M" + Svg.num(x) + " " + Svg.num(y - 4.5) + "L" + Svg.num(x + 4.5) + " " + Svg.num(y + 3.5)
                            + "L" + Svg.num(x - 4.5) + " " + Svg.num(y + 3.5) + "Z");
        }
    }
}
