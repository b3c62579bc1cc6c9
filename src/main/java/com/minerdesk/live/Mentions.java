package com.minerdesk.live;

import com.minerdesk.market.MarketPaths;
import com.minerdesk.market.Tickers;
import com.minerdesk.web.Html;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tickers written in the prose as a word in capitals ("ABTC fell…"): linked to the company page
 * when a write-up is shown, and collected so that the write-up is linked to those companies.
 */
public final class Mentions {
    static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9&#])" + Tickers.PROSE_WORD + "(?![A-Za-z0-9])");

    private Mentions() {
    }

    /** The known tickers the Markdown mentions in its prose or uses in its placeholders. */
    public static Set<String> inMarkdown(String markdown, Set<String> known) {
        Set<String> found = new LinkedHashSet<>();
        for (WrittenPlaceholder w : LiveSource.prepare(markdown).placeholders()) {
            String t = w.placeholder().ticker();
            if (t != null && known.contains(t)) {
                found.add(t);
            }
        }
        Matcher m = WORD.matcher(ProseText.of(markdown));
        while (m.find()) {
            if (known.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Links every mention outside links and code in sanitised HTML; markers are left alone. */
    static String link(String html, Set<String> known) {
        return HtmlSegments.rewrite(html, tag -> tag, (text, where) -> where.inLink() || where.inCode()
                ? text : linkOutsideMarkers(text, known));
    }

    private static String linkOutsideMarkers(String text, Set<String> known) {
        Matcher marker = LiveMarkers.MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (marker.find()) {
            out.append(linkWords(text.substring(last, marker.start()), known)).append(marker.group());
            last = marker.end();
        }
        return out.append(linkWords(text.substring(last), known)).toString();
    }

    private static String linkWords(String text, Set<String> known) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (known.contains(m.group())) {
                out.append(text, last, m.start())
                        .append("<a class=\"mention\" href=\"").append(Html.escape(MarketPaths.company(m.group()))).append("\">")
                        .append(m.group()).append("</a>");
                last = m.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }
}
