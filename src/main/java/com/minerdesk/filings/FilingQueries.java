package com.minerdesk.filings;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.FILINGS;
import static com.minerdesk.db.generated.Tables.SEC_REGISTRANTS;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;

/** Reads the disclosure calendar, newest filing first. */
final class FilingQueries {
    private final DSLContext dsl;

    FilingQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ListedFiling> newest(Condition where, int limit, int offset) {
        return dsl.select(FILINGS.COMPANY_ID, COMPANIES.TICKER, COMPANIES.NAME, SEC_REGISTRANTS.CIK, FILINGS.ACCESSION,
                        FILINGS.FORM, FILINGS.FILING_DATE, FILINGS.REPORT_DATE, FILINGS.PRIMARY_DOCUMENT, FILINGS.ITEMS,
                        FILINGS.FETCHED_AT)
                .from(FILINGS)
                .join(COMPANIES).on(COMPANIES.ID.eq(FILINGS.COMPANY_ID))
                .join(SEC_REGISTRANTS).on(SEC_REGISTRANTS.COMPANY_ID.eq(FILINGS.COMPANY_ID))
                .where(where)
                .orderBy(FILINGS.FILING_DATE.desc(), FILINGS.ACCESSION.desc())
                .limit(limit).offset(offset)
                .fetch(Records.mapping(ListedFiling::new));
    }

    int count(Condition where) {
        return dsl.fetchCount(FILINGS, where);
    }

    static Condition all() {
        return DSL.noCondition();
    }

    static Condition ofCompany(long companyId) {
        return FILINGS.COMPANY_ID.eq(companyId);
    }

    static Condition ofForm(String form) {
        return FILINGS.FORM.eq(form).or(FILINGS.FORM.eq(form + "/A"));
    }
}
