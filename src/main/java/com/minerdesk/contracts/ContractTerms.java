package com.minerdesk.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of a contract as a source gave it: its status and the terms known at that status.
 * MW are megawatts (critical IT: the load the tenant's servers may draw; gross: the site's power
 * including cooling), the term in years, the total contract value in whole USD.
 */
public record ContractTerms(String status, LocalDate statusDate, String site, BigDecimal criticalItMw, BigDecimal grossMw,
        BigDecimal termYears, Long valueUsd, LocalDate startDate, LocalDate energizationDate, String backstop,
        String sourceUrl, String accession, LocalDate published, boolean sample) {

    public String statusLabel() {
        return ContractStatus.labelOf(status);
    }
}
