package com.minerdesk.live;

import com.minerdesk.web.Html;

/**
 * An evaluated inline figure: the text as the data pages write it, the page it comes from, and a
 * title that says what it is. {@code href} is null when the figure is missing.
 */
public record InlineValue(String text, String href, String title, String cssClass) {

    static InlineValue missing(String why) {
        return new InlineValue("n/a", null, why, "live-missing");
    }

    public boolean missing() {
        return href == null;
    }

    /** As a link to its source page, or as plain text where a link is not allowed (inside a link). */
    String html(boolean asLink) {
        String cls = "live" + (cssClass == null ? "" : " " + cssClass);
        if (!asLink || href == null) {
            return "<span class=\"" + cls + "\" title=\"" + Html.escape(title) + "\">" + Html.escape(text) + "</span>";
        }
        return "<a class=\"" + cls + "\" href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(title) + "\">"
                + Html.escape(text) + "</a>";
    }
}
