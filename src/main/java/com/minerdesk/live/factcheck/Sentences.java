package com.minerdesk.live.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences, keeping offsets: at a full stop, question or exclamation mark
 * followed by a capital, at blank lines, and where a Markdown block (list item, heading, table row,
 * quote) starts. A decimal point, "Inc." or "vs." does not end a sentence.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "co", "ltd", "vs", "mr", "ms", "dr", "st",
            "no", "approx", "e.g", "i.e", "u.s", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "est", "ca");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:[-*+>#|]|\\d{1,3}[.)]\\s)");

    private Sentences() {
    }

    record Span(int start, int end) {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = i + 1;
                int lineEnd = text.indexOf('\n', next);
                String nextLine = text.substring(next, lineEnd < 0 ? n : lineEnd);
                if (nextLine.isBlank() || BLOCK_START.matcher(nextLine).find()) {
                    add(out, text, start, next);
                    start = next;
                }
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        int j = i + 1;
        if (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ')' && text.charAt(j) != '"') {
            return false;
        }
        while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == ')' || text.charAt(j) == '"')) {
            j++;
        }
        if (j < text.length()) {
            char next = text.charAt(j);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '$' || next == '+' || next == '\u2212')) {
                return false;
            }
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        return !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        if (!text.substring(start, end).isBlank()) {
            out.add(new Span(start, end));
        }
    }
}
