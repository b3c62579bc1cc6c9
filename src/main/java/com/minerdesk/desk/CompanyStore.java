package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.COMPANIES;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The companies as the desk needs them: ids by ticker, and the company forms' writes. */
final class CompanyStore {
    private CompanyStore() {
    }

    static Map<String, Long> idsByTicker(DSLContext dsl) {
        return dsl.select(COMPANIES.TICKER, COMPANIES.ID).from(COMPANIES).fetchMap(COMPANIES.TICKER, COMPANIES.ID);
    }

    static Optional<Long> idOf(DSLContext dsl, String ticker) {
        return dsl.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq(ticker)).fetchOptional(COMPANIES.ID);
    }

    static void create(DSLContext tx, CompanyFields c) {
        tx.insertInto(COMPANIES)
                .set(COMPANIES.TICKER, c.ticker())
                .set(COMPANIES.NAME, c.name())
                .set(COMPANIES.EXCHANGE, c.exchange())
                .set(COMPANIES.COUNTRY, c.country())
                .set(COMPANIES.WEBSITE, c.website())
                .set(COMPANIES.PROFILE, c.profile())
                .set(COMPANIES.AI_HPC_STATUS, c.aiHpcStatus())
                .execute();
    }

    static void update(DSLContext tx, long id, CompanyFields c) {
        tx.update(COMPANIES)
                .set(COMPANIES.TICKER, c.ticker())
                .set(COMPANIES.NAME, c.name())
                .set(COMPANIES.EXCHANGE, c.exchange())
                .set(COMPANIES.COUNTRY, c.country())
                .set(COMPANIES.WEBSITE, c.website())
                .set(COMPANIES.PROFILE, c.profile())
                .set(COMPANIES.AI_HPC_STATUS, c.aiHpcStatus())
                .where(COMPANIES.ID.eq(id))
                .execute();
    }
}
