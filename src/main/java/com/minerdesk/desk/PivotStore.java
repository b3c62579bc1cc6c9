package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;

import com.minerdesk.market.PivotEvent;
import java.util.Optional;
import org.jooq.DSLContext;

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
        return tx.insertInto(PIVOT_EVENTS)
                .set(PIVOT_EVENTS.COMPANY_ID, companyId)
                .set(PIVOT_EVENTS.EVENT_DATE, p.date())
                .set(PIVOT_EVENTS.DATE_PRECISION, p.datePrecision())
                .set(PIVOT_EVENTS.COUNTERPARTY, p.counterparty())
                .set(PIVOT_EVENTS.KIND, p.kind())
                .set(PIVOT_EVENTS.AMOUNT_USD, p.amountUsd())
                .set(PIVOT_EVENTS.CAPACITY_MW, p.capacityMw())
                .set(PIVOT_EVENTS.SUMMARY, p.summary())
                .set(PIVOT_EVENTS.SOURCE_NAME, p.sourceName())
                .set(PIVOT_EVENTS.SOURCE_URL, p.sourceUrl())
                .returning(PIVOT_EVENTS.ID)
                .fetchOne(PIVOT_EVENTS.ID);
    }

    static void update(DSLContext tx, long id, long companyId, PivotFields p) {
        tx.update(PIVOT_EVENTS)
                .set(PIVOT_EVENTS.COMPANY_ID, companyId)
                .set(PIVOT_EVENTS.EVENT_DATE, p.date())
                .set(PIVOT_EVENTS.DATE_PRECISION, p.datePrecision())
                .set(PIVOT_EVENTS.COUNTERPARTY, p.counterparty())
                .set(PIVOT_EVENTS.KIND, p.kind())
                .set(PIVOT_EVENTS.AMOUNT_USD, p.amountUsd())
                .set(PIVOT_EVENTS.CAPACITY_MW, p.capacityMw())
                .set(PIVOT_EVENTS.SUMMARY, p.summary())
                .set(PIVOT_EVENTS.SOURCE_NAME, p.sourceName())
                .set(PIVOT_EVENTS.SOURCE_URL, p.sourceUrl())
                .where(PIVOT_EVENTS.ID.eq(id))
                .execute();
    }

    static boolean delete(DSLContext tx, long id) {
        return tx.deleteFrom(PIVOT_EVENTS).where(PIVOT_EVENTS.ID.eq(id)).execute() == 1;
    }
}
