package com.minerdesk.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Headings in order: a page starts with h1 and, going down, never skips a level (an h3 after an
 * h1). The Nu Html Checker reports this from its 26.x releases on; the 25.x the tests run does not.
 */
public final class HeadingOrder {
    private HeadingOrder() {
    }

    /** Each heading that skips a level, as "h3 “text” follows h1". */
    public static List<String> skips(String html) {
        List<String> skips = new ArrayList<>();
        int previous = 0;
        for (Element h : Jsoup.parse(html).select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                skips.add(h.tagName() + " “" + h.text() + "” follows " + (previous == 0 ? "no heading" : "h" + previous));
            }
            previous = level;
        }
        return skips;
    }
}
