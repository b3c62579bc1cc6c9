package com.minerdesk.live;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Walks sanitised HTML as tags and text, knowing whether a piece of text sits inside a link or
 * inside code, so that figures and mentions are linked only where a link is allowed and never
 * inside an attribute. The input is the sanitiser's well-formed output, which this relies on.
 */
final class HtmlSegments {

    /** Where a piece of text sits. */
    record Where(boolean inLink, boolean inCode) {
    }

    interface TextRewriter {
        String rewrite(String text, Where where);
    }

    private HtmlSegments() {
    }

    static String rewrite(String html, UnaryOperator<String> tags, TextRewriter text) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int links = 0;
        int code = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                if (end < 0) {
                    out.append(text.rewrite(html.substring(i), new Where(links > 0, code > 0)));
                    break;
                }
                String tag = html.substring(i, end);
                String name = tagName(tag);
                boolean closing = tag.startsWith("</");
                boolean selfClosing = tag.endsWith("/>");
                if (name.equals("a") && !selfClosing) {
                    links = Math.max(0, links + (closing ? -1 : 1));
                } else if ((name.equals("code") || name.equals("pre")) && !selfClosing) {
                    code = Math.max(0, code + (closing ? -1 : 1));
                }
                out.append(tags.apply(tag));
                i = end;
            } else {
                int next = html.indexOf('<', i);
                int stop = next < 0 ? n : next;
                out.append(text.rewrite(html.substring(i, stop), new Where(links > 0, code > 0)));
                i = stop;
            }
        }
        return out.toString();
    }

    /** The index after the tag that starts at {@code start}, or -1 when it never closes. */
    private static int tagEnd(String html, int start) {
        if (html.startsWith("<!--", start)) {
            int e = html.indexOf("-->", start + 4);
            return e < 0 ? -1 : e + 3;
        }
        char quote = 0;
        for (int j = start + 1; j < html.length(); j++) {
            char ch = html.charAt(j);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return j + 1;
            }
        }
        return -1;
    }

    private static String tagName(String tag) {
        int i = tag.startsWith("</") ? 2 : 1;
        int j = i;
        while (j < tag.length() && Character.isLetterOrDigit(tag.charAt(j))) {
            j++;
        }
        return tag.substring(i, j).toLowerCase(Locale.ROOT);
    }
}
