package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.COMPANIES;

import java.util.Map;
import org.jooq.DSLContext;

/** The companies as the desk needs them: ids by ticker, and the company forms' writes. */
final class CompanyStore {
    private CompanyStore() {
    }

    static Map<String, Long> idsByTicker(DSLContext dsl) {
        return dsl.select(COMPANIES.TICKER, COMPANIES.ID).from(COMPANIES).fetchMap(COMPANIES.TICKER, COMPANIES.ID);
    }
}
