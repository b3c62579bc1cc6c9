package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The AI/HPC pivot tracker. */
public final class PivotQueries {
    private final DSLContext dsl;

    public PivotQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest first, optionally only one company's (by ticker) and one kind's. */
    public List<PivotEvent> list(String ticker, PivotKind kind, int limit) {
        return list(ticker, kind, 0, limit);
    }

    /** As {@link #list(String, PivotKind, int)}, skipping the first {@code offset} events (pages). */
    public List<PivotEvent> list(String ticker, PivotKind kind, int offset, int limit) {
        Condition where = DSL.noCondition();
        if (ticker != null) {
            where = where.and(COMPANIES.TICKER.eq(ticker));
        }
        if (kind != null) {
            where = where.and(PIVOT_EVENTS.KIND.eq(kind.code()));
        }
        return dsl.select(PIVOT_EVENTS.fields()).select(COMPANIES.TICKER, COMPANIES.NAME)
                .from(PIVOT_EVENTS).join(COMPANIES).on(COMPANIES.ID.eq(PIVOT_EVENTS.COMPANY_ID))
                .where(where)
                .orderBy(PIVOT_EVENTS.EVENT_DATE.desc(), PIVOT_EVENTS.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(PivotQueries::toEvent);
    }

    public List<PivotEvent> all() {
        return list(null, null, Integer.MAX_VALUE);
    }

    static PivotEvent toEvent(Record r) {
        return new PivotEvent(r.get(PIVOT_EVENTS.ID), r.get(COMPANIES.TICKER), r.get(COMPANIES.NAME),
                r.get(PIVOT_EVENTS.EVENT_DATE), r.get(PIVOT_EVENTS.DATE_PRECISION), r.get(PIVOT_EVENTS.COUNTERPARTY),
                r.get(PIVOT_EVENTS.KIND), r.get(PIVOT_EVENTS.AMOUNT_USD), r.get(PIVOT_EVENTS.CAPACITY_MW),
                r.get(PIVOT_EVENTS.SUMMARY), r.get(PIVOT_EVENTS.SOURCE_NAME), r.get(PIVOT_EVENTS.SOURCE_URL));
    }
}
