package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TERMS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import com.minerdesk.db.generated.tables.records.WriteupTermsRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The full-text index: one row per (term, write-up) with a weight that saturates with the term's
 * frequency and counts title and summary words more than body words, and the time the write-up is
 * public from. Ranking happens in the database over this table alone (matched terms, then weight ×
 * inverse document frequency, then newest), so only a page of ids leaves it.
 */
final class SearchIndex {
    static final int TITLE = 5;
    static final int SUMMARY = 3;
    static final int BODY = 1;

    private SearchIndex() {
    }

    /**
     * Replaces a write-up's terms (inside the saving transaction). {@code publicFrom} is when the
     * write-up becomes public, null when it is not to be public (draft, deleted).
     */
    static void reindex(DSLContext tx, long writeupId, String title, String summary, String bodyText,
            OffsetDateTime publicFrom) {
        tx.deleteFrom(WRITEUP_TERMS).where(WRITEUP_TERMS.WRITEUP_ID.eq(writeupId)).execute();
        List<WriteupTermsRecord> rows = terms(writeupId, title, summary, bodyText, publicFrom);
        if (!rows.isEmpty()) {
            tx.batchInsert(rows).execute();
        }
    }

    /** The index rows of one write-up. */
    static List<WriteupTermsRecord> terms(long writeupId, String title, String summary, String bodyText,
            OffsetDateTime publicFrom) {
        Map<String, Integer> frequency = new LinkedHashMap<>();
        tally(frequency, title, TITLE);
        tally(frequency, summary, SUMMARY);
        tally(frequency, bodyText, BODY);
        List<WriteupTermsRecord> rows = new ArrayList<>(frequency.size());
        frequency.forEach((term, f) -> rows.add(new WriteupTermsRecord(term, writeupId, weight(f), publicFrom)));
        return rows;
    }

    /** Follows a change of publication state (publish, unpublish, delete, undelete) without reindexing. */
    static void publicFrom(DSLContext tx, long writeupId, OffsetDateTime publicFrom) {
        tx.update(WRITEUP_TERMS).set(WRITEUP_TERMS.PUBLIC_FROM, publicFrom)
                .where(WRITEUP_TERMS.WRITEUP_ID.eq(writeupId)).execute();
    }

    /** 1 to 99: more occurrences count, with diminishing returns. */
    static int weight(int weightedFrequency) {
        return (int) Math.round(100.0 * weightedFrequency / (weightedFrequency + 3.0));
    }

    private static void tally(Map<String, Integer> frequency, String text, int fieldWeight) {
        for (String term : Terms.of(text)) {
            frequency.merge(term, fieldWeight, Integer::sum);
        }
    }

    /** One page of matching public write-up ids, best first, and how many match in all. */
    record Ranked(List<Long> ids, long total) {
    }

    static Ranked search(DSLContext dsl, List<String> terms, OffsetDateTime now, int limit, int offset) {
        Map<String, Integer> idf = idf(dsl, terms);
        if (idf.isEmpty()) {
            return new Ranked(List.of(), 0);
        }
        CaseValueStep<String> byTerm = DSL.choose(WRITEUP_TERMS.TERM);
        CaseWhenStep<String, Integer> idfOfTerm = null;
        for (Map.Entry<String, Integer> e : idf.entrySet()) {
            idfOfTerm = idfOfTerm == null ? byTerm.when(inline(e.getKey()), inline(e.getValue()))
                    : idfOfTerm.when(inline(e.getKey()), inline(e.getValue()));
        }
        Field<Integer> matched = count();
        Field<BigDecimal> score = sum(WRITEUP_TERMS.WEIGHT.times(idfOfTerm.otherwise(inline(0))));
        Field<Integer> total = count().over().as("total");
        Condition matching = WRITEUP_TERMS.TERM.in(InlineValues.of(idf.keySet())).and(WRITEUP_TERMS.PUBLIC_FROM.le(now));
        var rows = dsl.select(WRITEUP_TERMS.WRITEUP_ID, total)
                .from(WRITEUP_TERMS)
                .where(matching)
                .groupBy(WRITEUP_TERMS.WRITEUP_ID)
                .orderBy(matched.desc(), score.desc(), max(WRITEUP_TERMS.PUBLIC_FROM).desc(), WRITEUP_TERMS.WRITEUP_ID.desc())
                .limit(limit).offset(offset)
                .fetch();
        if (rows.isEmpty()) {
            long all = offset == 0 ? 0 : dsl.fetchCount(dsl.selectDistinct(WRITEUP_TERMS.WRITEUP_ID)
                    .from(WRITEUP_TERMS).where(matching));
            return new Ranked(List.of(), all);
        }
        return new Ranked(rows.getValues(WRITEUP_TERMS.WRITEUP_ID), rows.get(0).get(total));
    }

    /** Inverse document frequency ×100 of the terms that occur at all (rare terms count more). */
    private static Map<String, Integer> idf(DSLContext dsl, List<String> terms) {
        long documents = Math.max(1, dsl.fetchCount(WRITEUPS));
        Map<String, Integer> out = new HashMap<>();
        Field<Integer> documentsWithTerm = count();
        dsl.select(WRITEUP_TERMS.TERM, documentsWithTerm).from(WRITEUP_TERMS)
                .where(WRITEUP_TERMS.TERM.in(InlineValues.of(terms)))
                .groupBy(WRITEUP_TERMS.TERM)
                .forEach(r -> {
                    double df = r.get(documentsWithTerm);
                    double value = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                    out.put(r.get(WRITEUP_TERMS.TERM), (int) Math.max(1, Math.round(100 * value)));
                });
        return out;
    }
}
