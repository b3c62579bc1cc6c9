package com.minerdesk.web;

/** The one escaper for the HTML and SVG that Java writes itself (Thymeleaf escapes the templates). */
public final class Html {
    private Html() {
    }

    /** Text and attribute values: the five characters that could end them; null is empty. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
