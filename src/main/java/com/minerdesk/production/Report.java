package com.minerdesk.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a company's monthly operating report, as reported (hash rates in EH/s, month-end unless avg). */
public record Report(long companyId, String ticker, String name, LocalDate month, BigDecimal btcProduced,
        BigDecimal btcHeld, BigDecimal btcSold, BigDecimal installedEhs, BigDecimal operatingEhs,
        BigDecimal avgOperatingEhs, BigDecimal efficiencyJth, Integer machines, BigDecimal energizedMw,
        BigDecimal pipelineMw, String sourceUrl, String accession, LocalDate published, boolean sample,
        int version, OffsetDateTime recordedAt) {

    /** The day this version became known: its source's publication date, else the day it was entered. */
    public LocalDate knownOn() {
        return published != null ? published : recordedAt.toLocalDate();
    }
}
