package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The AI/HPC contracts a company page, the pivot tracker and the week feed show (answered by the
 * contracts feature): the current version of each, with its source.
 */
public interface CompanyContracts {

    List<Link> ofCompany(long companyId);

    /** The contracts that name each of these pivot events, by event id. */
    Map<Long, List<Link>> ofPivotEvents(Collection<Long> pivotEventIds);

    /**
     * The contracts announced or changing status from {@code from} to {@code to}, oldest first: each
     * such version, with the status it reached then.
     */
    List<Link> statusChangesBetween(LocalDate from, LocalDate to);

    record Link(String ref, String ticker, String counterparty, String statusLabel, LocalDate statusDate, int version,
            BigDecimal criticalItMw, BigDecimal grossMw, Long valueUsd, String sourceUrl, boolean sample, String path) {
    }
}
