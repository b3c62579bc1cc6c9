package com.minerdesk.desk.forms;

import static com.minerdesk.db.generated.Tables.SHARES_OUTSTANDING;

import java.time.LocalDate;
import org.jooq.DSLContext;

/** Writes the shares-outstanding figures (read by {@code market.CompanyQueries}). */
final class SharesStore {
    private SharesStore() {
    }

    static void upsert(DSLContext tx, long companyId, LocalDate asOf, long shares, String source) {
        tx.insertInto(SHARES_OUTSTANDING)
                .set(SHARES_OUTSTANDING.COMPANY_ID, companyId)
                .set(SHARES_OUTSTANDING.AS_OF, asOf)
                .set(SHARES_OUTSTANDING.SHARES, shares)
                .set(SHARES_OUTSTANDING.SOURCE, source)
                .onConflict(SHARES_OUTSTANDING.COMPANY_ID, SHARES_OUTSTANDING.AS_OF)
                .doUpdate()
                .set(SHARES_OUTSTANDING.SHARES, shares)
                .set(SHARES_OUTSTANDING.SOURCE, source)
                .execute();
    }

    static void delete(DSLContext tx, long companyId, LocalDate asOf) {
        tx.deleteFrom(SHARES_OUTSTANDING)
                .where(SHARES_OUTSTANDING.COMPANY_ID.eq(companyId))
                .and(SHARES_OUTSTANDING.AS_OF.eq(asOf))
                .execute();
    }
}
