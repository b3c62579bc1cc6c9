package com.minerdesk.charts;

/** Default colours for an SVG seen without the site's stylesheet; the site's CSS classes override them. */
final class Palette {
    static final String TEXT = "#1b1d21";
    static final String MUTED = "#5b616b";
    static final String GRID = "#dcd8cf";
    static final String AXIS = "#5b616b";
    static final String UP = "#0f6b3a";
    static final String DOWN = "#a3192a";
    static final String HATCH = "#ffffff";
    static final String REFERENCE = "#1b1d21";
    static final String EVENT = "#9a4b00";
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

    private Palette() {
    }
}
