package com.minerdesk.desk.forms;

import static com.minerdesk.db.generated.Tables.COMPANIES;

import com.minerdesk.market.CompanyQueries;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The company forms' writes; {@link CompanyQueries} reads the companies. */
final class CompanyStore {
    private CompanyStore() {
    }

    static void create(DSLContext tx, CompanyFields c) {
        tx.insertInto(COMPANIES).set(columns(c)).execute();
    }

    static void update(DSLContext tx, long id, CompanyFields c) {
        tx.update(COMPANIES).set(columns(c)).where(COMPANIES.ID.eq(id)).execute();
    }

    private static Map<Field<?>, Object> columns(CompanyFields c) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(COMPANIES.TICKER, c.ticker());
        m.put(COMPANIES.NAME, c.name());
        m.put(COMPANIES.EXCHANGE, c.exchange());
        m.put(COMPANIES.COUNTRY, c.country());
        m.put(COMPANIES.WEBSITE, c.website());
        m.put(COMPANIES.PROFILE, c.profile());
        m.put(COMPANIES.AI_HPC_STATUS, c.aiHpcStatus());
        return m;
    }
}
