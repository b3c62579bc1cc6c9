package com.minerdesk.filings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored filing with its company, as the calendar and the feeds list it. */
public record ListedFiling(long companyId, String ticker, String companyName, long cik, String accession, String form,
        LocalDate filingDate, LocalDate reportDate, String primaryDocument, String items, OffsetDateTime fetchedAt) {

    public String documentUrl(String archiveUrl) {
        return new Filing(accession, form, filingDate, reportDate, primaryDocument, items).documentUrl(archiveUrl, cik);
    }

    /** The 8-K items as EDGAR lists them ("2.02,9.01"), spaced for reading. */
    public String itemsShown() {
        return items.replace(",", ", ");
    }
}
