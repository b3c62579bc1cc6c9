package com.minerdesk.filings;

import static com.minerdesk.db.generated.Tables.FILINGS;
import static com.minerdesk.db.generated.Tables.SEC_REGISTRANTS;

import com.minerdesk.db.Database;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;

/** Writes what EDGAR lists: a company's registrant and its filings, new ones added, changed ones updated. */
final class FilingStore {
    private final Database db;

    FilingStore(Database db) {
        this.db = db;
    }

    record Stored(int added, int changed) {
    }

    /** Stores one company's registrant and filings in one transaction. */
    Stored store(long companyId, EdgarSource.Registrant registrant, List<Filing> filings, OffsetDateTime now) {
        return db.write(tx -> {
            tx.insertInto(SEC_REGISTRANTS)
                    .set(SEC_REGISTRANTS.COMPANY_ID, companyId)
                    .set(SEC_REGISTRANTS.CIK, registrant.cik())
                    .set(SEC_REGISTRANTS.SEC_NAME, registrant.name())
                    .set(SEC_REGISTRANTS.CHECKED_AT, now)
                    .onConflict(SEC_REGISTRANTS.COMPANY_ID).doUpdate()
                    .set(SEC_REGISTRANTS.CIK, registrant.cik())
                    .set(SEC_REGISTRANTS.SEC_NAME, registrant.name())
                    .set(SEC_REGISTRANTS.CHECKED_AT, now)
                    .execute();
            Map<String, Filing> stored = storedFilings(tx, companyId);
            int added = 0;
            int changed = 0;
            for (Filing f : filings) {
                Filing old = stored.get(f.accession());
                if (old == null) {
                    tx.insertInto(FILINGS)
                            .set(FILINGS.COMPANY_ID, companyId)
                            .set(FILINGS.ACCESSION, f.accession())
                            .set(listed(f, now))
                            .execute();
                    added++;
                } else if (!old.equals(f)) {
                    tx.update(FILINGS)
                            .set(listed(f, now))
                            .where(FILINGS.COMPANY_ID.eq(companyId)).and(FILINGS.ACCESSION.eq(f.accession()))
                            .execute();
                    changed++;
                }
            }
            return new Stored(added, changed);
        });
    }

    /** What EDGAR lists of a filing, as column values. */
    private static Map<Field<?>, Object> listed(Filing f, OffsetDateTime now) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(FILINGS.FORM, f.form());
        m.put(FILINGS.FILING_DATE, f.filingDate());
        m.put(FILINGS.REPORT_DATE, f.reportDate());
        m.put(FILINGS.PRIMARY_DOCUMENT, f.primaryDocument());
        m.put(FILINGS.ITEMS, f.items());
        m.put(FILINGS.FETCHED_AT, now);
        return m;
    }

    private static Map<String, Filing> storedFilings(DSLContext tx, long companyId) {
        return tx.select(FILINGS.ACCESSION, FILINGS.FORM, FILINGS.FILING_DATE, FILINGS.REPORT_DATE,
                        FILINGS.PRIMARY_DOCUMENT, FILINGS.ITEMS)
                .from(FILINGS).where(FILINGS.COMPANY_ID.eq(companyId))
                .fetchMap(FILINGS.ACCESSION, Records.mapping(Filing::new));
    }
}
