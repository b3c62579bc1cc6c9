package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An AI/HPC pivot event as reported, with its source. */
public record PivotEvent(
        long id,
        String ticker,
        String companyName,
        LocalDate date,
        String datePrecision,
        String counterparty,
        String kind,
        Long amountUsd,
        BigDecimal capacityMw,
        String summary,
        String sourceName,
        String sourceUrl) {

    public String kindLabel() {
        return PivotKind.labelOf(kind);
    }
}
