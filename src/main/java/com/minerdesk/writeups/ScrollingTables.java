package com.minerdesk.writeups;

import java.util.regex.Pattern;

/**
 * On a page, a table in a write-up scrolls sideways inside its own box on a narrow screen instead of
 * widening the page; the box takes keyboard focus so that it can be scrolled without a mouse. A
 * column's alignment (GFM's {@code align}, obsolete in HTML, stays in the stored HTML and in feeds) becomes
 * a class, as the CSP allows no inline style. Only
 * for pages: feed readers do their own layout, and feed validators flag these attributes. Sanitised
 * HTML holds no literal {@code <table} outside real tags (text is escaped), so a plain match is safe.
 */
final class ScrollingTables {
    private static final Pattern OPEN = Pattern.compile("<table(\\s[^>]*)?>");
    /** The sanitiser allows nothing but align on cells, and writes it thus. */
    private static final Pattern ALIGNED_CELL = Pattern.compile("<(t[dh]) align=\"(left|center|right)\">");

    private ScrollingTables() {
    }

    static String wrap(String html) {
        if (!html.contains("<table")) {
            return html;
        }
        String aligned = ALIGNED_CELL.matcher(html).replaceAll("<$1 class=\"align-$2\">");
        String opened = OPEN.matcher(aligned).replaceAll(
                "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">$0");
        return opened.replace("</table>", "</table></div>");
    }
}
