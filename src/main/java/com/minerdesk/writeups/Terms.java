package com.minerdesk.writeups;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search terms: text is folded to lower-case ASCII, split into words, common English words are
 * dropped and plurals are reduced (an "S-stemmer"), the same way for indexing and for queries, so
 * "Miners' costs" finds "miner cost".
 */
final class Terms {
    static final int MAX_LENGTH = 40;
    /** Words, with inner apostrophes and dots ("ABTC's", "5.75") and thousands separators ("91,000"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:[.'\u2019]|(?<=\\d),(?=\\d))[\\p{L}\\p{N}]+)*");
    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her",
            "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were",
            "what", "when", "which", "while", "who", "will", "with", "would", "you", "your");

    private Terms() {
    }

    /** A word as found in the text, with where it is, and its term (null when it is not indexed). */
    record Token(String term, int start, int end) {
    }

    /** Every word of the text in order, with its normalised term (null for stop words). */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(normalise(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /** The indexable terms of a text, in order, repeated as often as they occur. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(text)) {
            if (t.term() != null) {
                out.add(t.term());
            }
        }
        return out;
    }

    /** The term of one word, or null when the word is not worth indexing. */
    static String normalise(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        w = w.replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        w = w.replace("'", "").replace(",", "");
        if (w.isEmpty() || STOP.contains(w)) {
            return null;
        }
        w = stem(w);
        return w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w;
    }

    /** Harman's S-stemmer: plurals only, so that stems stay readable words. */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
