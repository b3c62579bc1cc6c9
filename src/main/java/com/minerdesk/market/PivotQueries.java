package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
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
        return select().where(where)
                .orderBy(PIVOT_EVENTS.EVENT_DATE.desc(), PIVOT_EVENTS.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(Records.mapping(PivotEvent::new));
    }

    public Optional<PivotEvent> byId(long id) {
        return select().where(PIVOT_EVENTS.ID.eq(id)).fetchOptional(Records.mapping(PivotEvent::new));
    }

    public List<PivotEvent> all() {
        return list(null, null, Integer.MAX_VALUE);
    }

    /** The columns of {@link PivotEvent}, in its order. */
    private SelectOnConditionStep<Record12<Long, String, String, LocalDate, String, String, String, Long, BigDecimal, String,
            String, String>> select() {
        return dsl.select(PIVOT_EVENTS.ID, COMPANIES.TICKER, COMPANIES.NAME, PIVOT_EVENTS.EVENT_DATE,
                        PIVOT_EVENTS.DATE_PRECISION, PIVOT_EVENTS.COUNTERPARTY, PIVOT_EVENTS.KIND, PIVOT_EVENTS.AMOUNT_USD,
                        PIVOT_EVENTS.CAPACITY_MW, PIVOT_EVENTS.SUMMARY, PIVOT_EVENTS.SOURCE_NAME, PIVOT_EVENTS.SOURCE_URL)
                .from(PIVOT_EVENTS).join(COMPANIES).on(COMPANIES.ID.eq(PIVOT_EVENTS.COMPANY_ID));
    }
}
