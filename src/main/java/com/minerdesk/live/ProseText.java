package com.minerdesk.live;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown text, for reading: code, placeholders, link targets, HTML tags and
 * emphasis marks are blanked out with spaces, so every offset (and so every line number) stays
 * the offset of the editor's own text. Every pass is linear in the length of the text: code spans
 * pair backtick runs of equal length, and a delimited part is looked for on its own line only.
 */
public final class ProseText {
    // possessive: a long run of backticks must not be split every way to look for a line end
    private static final Pattern FENCED = Pattern.compile("(?m)^ {0,3}(`{3,}+|~{3,}+)[^\\n]*+\\n[\\s\\S]*?(?:^ {0,3}\\1[^\\n]*$|\\z)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^]\\n]+]:[^\\n]*", Pattern.MULTILINE);
    private static final Pattern MARKS = Pattern.compile("[*_~\\\\]");

    private ProseText() {
    }

    public static String of(String markdown) {
        String s = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder text = new StringBuilder(blank(s, FENCED));
        CodeSpans.blank(text);
        blankDelimited(text, "{{", "}}");
        String withoutDefinitions = blank(text.toString(), LINK_DEFINITION);
        text.setLength(0);
        text.append(withoutDefinitions);
        blankDelimited(text, "](", ")");
        blankDelimited(text, "][", "]");
        blankDelimited(text, "<", ">");
        return MARKS.matcher(text).replaceAll(" ");
    }

    private static String blank(String s, Pattern p) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                out.append(s.charAt(i) == '\n' ? '\n' : ' ');
            }
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    /** Blanks each {@code open} up to the first {@code close} after it on the same line. */
    private static void blankDelimited(StringBuilder s, String open, String close) {
        int from = 0;
        int end = -1;
        for (int at = s.indexOf(open, from); at >= 0; at = s.indexOf(open, from)) {
            if (at >= end) {
                int lineEnd = s.indexOf("\n", at);
                end = lineEnd < 0 ? s.length() : lineEnd;
            }
            int closing = indexBefore(s, close, at + open.length(), end);
            if (closing < 0) {
                from = end; // no later opener on this line can close either
                continue;
            }
            blank(s, at, closing + close.length());
            from = closing + close.length();
        }
    }

    private static int indexBefore(StringBuilder s, String what, int from, int end) {
        for (int i = from; i + what.length() <= end; i++) {
            if (s.charAt(i) == what.charAt(0) && (what.length() == 1 || s.charAt(i + 1) == what.charAt(1))) {
                return i;
            }
        }
        return -1;
    }

    static void blank(StringBuilder s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, ' ');
            }
        }
    }
}
