package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.WRITEUPS;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** {@code /search}: query checks, ranking through the index, and the matching passage of each result. */
public final class Search {
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_TERMS = 12;
    private final DSLContext dsl;
    private final WriteupQueries queries;
    private final WriteupRenderer renderer;

    public Search(DSLContext dsl, WriteupQueries queries) {
        this(dsl, queries, null);
    }

    /** With the renderer whose steps make stored text current before a passage is cut from it. */
    public Search(DSLContext dsl, WriteupQueries queries, WriteupRenderer renderer) {
        this.dsl = dsl;
        this.queries = queries;
        this.renderer = renderer;
    }

    /** What the reader asked, as far as it can be searched. */
    public enum Problem { NONE, EMPTY, TOO_LONG, NOTHING_SEARCHABLE }

    public record Outcome(Problem problem, List<SearchResult> results, long total) {
    }

    static Problem check(String q) {
        if (q == null || q.isBlank()) {
            return Problem.EMPTY;
        }
        if (q.length() > MAX_QUERY_CHARS || Terms.tokens(q).size() > MAX_TERMS) {
            return Problem.TOO_LONG;
        }
        return terms(q).isEmpty() ? Problem.NOTHING_SEARCHABLE : Problem.NONE;
    }

    static List<String> terms(String q) {
        return List.copyOf(new LinkedHashSet<>(Terms.of(q)));
    }

    public Outcome run(String q, int limit, int offset) {
        Problem problem = check(q);
        if (problem != Problem.NONE) {
            return new Outcome(problem, List.of(), 0);
        }
        List<String> terms = terms(q);
        SearchIndex.Ranked ranked = SearchIndex.search(dsl, terms, queries.now(), limit, offset);
        List<WriteupCard> cards = queries.cardsByIds(ranked.ids());
        Map<Long, String[]> texts = texts(ranked.ids());
        Set<String> wanted = Set.copyOf(terms);
        List<SearchResult> results = cards.stream().map(c -> {
            String[] t = texts.get(c.id());
            if (renderer != null) {
                t = new String[] {t[0], renderer.showText(t[1], c.weekEnd())};
            }
            List<Passage.Segment> passage = Passage.best(t[1], wanted);
            if (passage.isEmpty()) {
                passage = Passage.best(t[0], wanted);
            }
            if (passage.isEmpty()) {
                passage = Passage.opening(t[1]);
            }
            return new SearchResult(c, passage);
        }).toList();
        return new Outcome(Problem.NONE, results, ranked.total());
    }

    /** Summary and body text of the write-ups on the page. */
    private Map<Long, String[]> texts(List<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(WRITEUPS.ID, WRITEUPS.SUMMARY, WRITEUPS.BODY_TEXT).from(WRITEUPS).where(WRITEUPS.ID.in(InlineValues.of(ids)))
                    .forEach(r -> out.put(r.get(WRITEUPS.ID), new String[] {r.get(WRITEUPS.SUMMARY), r.get(WRITEUPS.BODY_TEXT)}));
        }
        return out;
    }
}
