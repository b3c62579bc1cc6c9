package com.minerdesk.writeups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The passage of a text that matches a query best: the window of {@value #WORDS} words with the
 * most distinct query terms, cut into plain-text segments of which the matching words are marked.
 * Templates print the segments as text, so nothing in a passage is ever HTML.
 */
public final class Passage {
    static final int WORDS = 32;
    private static final int LEAD = 6;

    /** A piece of the passage; {@code hit} when it is a word that matches the query. */
    public record Segment(String text, boolean hit) {
    }

    private Passage() {
    }

    /** The best passage, or an empty list when the text has no query term. */
    static List<Segment> best(String text, Set<String> queryTerms) {
        queryTerms = new HashSet<>(queryTerms);
        queryTerms.remove(null);
        List<Terms.Token> tokens = Terms.tokens(text);
        int bestStart = -1;
        int bestDistinct = 0;
        int bestHits = 0;
        for (int start = 0; start < tokens.size(); start++) {
            if (!queryTerms.contains(tokens.get(start).term())) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            int hits = 0;
            for (int i = start; i < Math.min(tokens.size(), start + WORDS - LEAD); i++) {
                String term = tokens.get(i).term();
                if (queryTerms.contains(term)) {
                    distinct.add(term);
                    hits++;
                }
            }
            if (distinct.size() > bestDistinct || distinct.size() == bestDistinct && hits > bestHits) {
                bestStart = start;
                bestDistinct = distinct.size();
                bestHits = hits;
            }
        }
        if (bestStart < 0) {
            return List.of();
        }
        int from = Math.max(0, bestStart - LEAD);
        int to = Math.min(tokens.size(), from + WORDS);
        return segments(text, tokens, from, to, queryTerms);
    }

    /** The opening words of a text, nothing marked (when only the title matched). */
    static List<Segment> opening(String text) {
        List<Terms.Token> tokens = Terms.tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return segments(text, tokens, 0, Math.min(tokens.size(), WORDS), new HashSet<>());
    }

    private static List<Segment> segments(String text, List<Terms.Token> tokens, int from, int to, Set<String> terms) {
        List<Segment> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder(from > 0 ? "… " : "");
        int cursor = tokens.get(from).start();
        for (int i = from; i < to; i++) {
            Terms.Token t = tokens.get(i);
            plain.append(flatten(text.substring(cursor, t.start())));
            if (terms.contains(t.term())) {
                if (plain.length() > 0) {
                    out.add(new Segment(plain.toString(), false));
                    plain.setLength(0);
                }
                out.add(new Segment(text.substring(t.start(), t.end()), true));
            } else {
                plain.append(text, t.start(), t.end());
            }
            cursor = t.end();
        }
        if (to < tokens.size()) {
            plain.append(" …");
        } else {
            plain.append(flatten(text.substring(cursor)).stripTrailing());
        }
        if (plain.length() > 0) {
            out.add(new Segment(plain.toString(), false));
        }
        return out;
    }

    private static String flatten(String between) {
        return between.replaceAll("\\s+", " ");
    }
}
