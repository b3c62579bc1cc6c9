package com.minerdesk.live;

import java.util.regex.Pattern;

/**
 * Placeholders travel through Markdown and the sanitiser as plain-text markers, which neither
 * touches, and are replaced by trusted server-generated HTML afterwards. A marker carries the
 * canonical expression, so stored HTML needs nothing else to be evaluated later.
 */
final class LiveMarkers {
    static final String ERROR_EXPRESSION = "!";
    static final String PREFIX = "%%live:";
    static final Pattern MARKER = Pattern.compile("%%live:([A-Za-z0-9.:\\-!]+)%%");
    /** A block marker that Markdown turned into a paragraph of its own. */
    static final Pattern BLOCK_PARAGRAPH = Pattern.compile("<p>\\s*%%live:((?:movers|table|chart|pivots)[A-Za-z0-9.:\\-]*)%%\\s*</p>");

    private LiveMarkers() {
    }

    static String marker(String expression) {
        return PREFIX + expression + "%%";
    }

    static String errorMarker() {
        return marker(ERROR_EXPRESSION);
    }
}
