package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;

import com.minerdesk.market.PivotEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The pivot events' writes (create, edit, delete) and the event an edit form starts from. */
final class PivotStore {
    private PivotStore() {
    }

    static Optional<PivotEvent> byId(DSLContext dsl, long id) {
        return dsl.select(PIVOT_EVENTS.fields()).select(COMPANIES.TICKER, COMPANIES.NAME)
                .from(PIVOT_EVENTS).join(COMPANIES).on(COMPANIES.ID.eq(PIVOT_EVENTS.COMPANY_ID))
                .where(PIVOT_EVENTS.ID.eq(id))
                .fetchOptional(r -> new PivotEvent(r.get(PIVOT_EVENTS.ID), r.get(COMPANIES.TICKER), r.get(COMPANIES.NAME),
                        r.get(PIVOT_EVENTS.EVENT_DATE), r.get(PIVOT_EVENTS.DATE_PRECISION), r.get(PIVOT_EVENTS.COUNTERPARTY),
                        r.get(PIVOT_EVENTS.KIND), r.get(PIVOT_EVENTS.AMOUNT_USD), r.get(PIVOT_EVENTS.CAPACITY_MW),
                        r.get(PIVOT_EVENTS.SUMMARY), r.get(PIVOT_EVENTS.SOURCE_NAME), r.get(PIVOT_EVENTS.SOURCE_URL)));
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

    static boolean delete(DSLContext tx, long id) {
        return tx.deleteFrom(PIVOT_EVENTS).where(PIVOT_EVENTS.ID.eq(id)).execute() == 1;
    }
}
