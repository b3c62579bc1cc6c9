package com.minerdesk.charts;

/**
 * The two layouts of a chart. SVG scales, but its text scales with it: a wide chart squeezed onto a
 * phone would be unreadable, so pages carry a narrow layout as well and CSS shows the one that fits.
 * Feeds and write-ups use the wide one.
 */
public enum ChartWidth {
    WIDE(640),
    NARROW(360);

    final double pixels;

    ChartWidth(double pixels) {
        this.pixels = pixels;
    }

    /** The id of this layout's copy of a chart, so that both copies can sit on one page. */
    public String id(String chartId) {
        return this == WIDE ? chartId : chartId + "-narrow";
    }
}
