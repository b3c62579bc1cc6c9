package com.minerdesk.desk;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid daily-bar line of an uploaded file. */
public record BarRow(
        int line,
        LocalDate date,
        String ticker,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        long volume,
        long marketCap) {
}
