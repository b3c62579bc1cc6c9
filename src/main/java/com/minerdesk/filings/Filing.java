package com.minerdesk.filings;

import java.time.LocalDate;

/** One filing as EDGAR lists it in a company's submissions. */
public record Filing(String accession, String form, LocalDate filingDate, LocalDate reportDate, String primaryDocument,
        String items) {

    /** The address of the filing's main document in the EDGAR archive. */
    public String documentUrl(String archiveUrl, long cik) {
        return archiveUrl + "/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + primaryDocument;
    }
}
