package com.minerdesk.desk.forms;

import static com.minerdesk.db.generated.Tables.CONTRACTS;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The pivot events' writes (create, edit, delete); {@link com.minerdesk.market.PivotQueries} reads them. */
final class PivotStore {
    private PivotStore() {
    }

    static long create(DSLContext tx, long companyId, PivotFields p) {
        return tx.insertInto(PIVOT_EVENTS).set(columns(companyId, p)).returning(PIVOT_EVENTS.ID).fetchOne(PIVOT_EVENTS.ID);
    }

    static void update(DSLContext tx, long id, long companyId, PivotFields p) {
        tx.update(PIVOT_EVENTS).set(columns(companyId, p)).where(PIVOT_EVENTS.ID.eq(id)).execute();
    }

    private static Map<Field<?>, Object> columns(long companyId, PivotFields p) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(PIVOT_EVENTS.COMPANY_ID, companyId);
        m.put(PIVOT_EVENTS.EVENT_DATE, p.date());
        m.put(PIVOT_EVENTS.DATE_PRECISION, p.datePrecision());
        m.put(PIVOT_EVENTS.COUNTERPARTY, p.counterparty());
        m.put(PIVOT_EVENTS.KIND, p.kind());
        m.put(PIVOT_EVENTS.AMOUNT_USD, p.amountUsd());
        m.put(PIVOT_EVENTS.CAPACITY_MW, p.capacityMw());
        m.put(PIVOT_EVENTS.SUMMARY, p.summary());
        m.put(PIVOT_EVENTS.SOURCE_NAME, p.sourceName());
        m.put(PIVOT_EVENTS.SOURCE_URL, p.sourceUrl());
        return m;
    }

    /** Deletes the event; a contract that named it keeps its terms and no longer links it. */
    static boolean delete(DSLContext tx, long id) {
        tx.update(CONTRACTS).setNull(CONTRACTS.PIVOT_EVENT_ID).where(CONTRACTS.PIVOT_EVENT_ID.eq(id)).execute();
        return tx.deleteFrom(PIVOT_EVENTS).where(PIVOT_EVENTS.ID.eq(id)).execute() == 1;
    }
}
