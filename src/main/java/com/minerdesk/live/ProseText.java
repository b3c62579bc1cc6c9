package com.minerdesk.live;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown text, for reading: code, placeholders, link targets, HTML tags and
 * emphasis marks are blanked out with spaces, so every offset (and so every line number) stays
 * the offset of the editor's own text.
 */
public final class ProseText {
    private static final Pattern FENCED = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n[\\s\\S]*?(?:^ {0,3}\\1[^\\n]*$|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`][\\s\\S]*?\\1");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^\\n]*?}}");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)\\n]*\\)|]\\[[^]\\n]*]|^ {0,3}\\[[^]\\n]+]:[^\\n]*", Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern MARKS = Pattern.compile("[*_~\\\\]");

    private ProseText() {
    }

    public static String of(String markdown) {
        String s = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        for (Pattern p : new Pattern[] {FENCED, INLINE_CODE, PLACEHOLDER, LINK_TARGET, TAG}) {
            s = blank(s, p);
        }
        return MARKS.matcher(s).replaceAll(" ");
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

    /** The 1-based line of an offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
