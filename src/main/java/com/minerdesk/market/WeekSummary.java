package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the weeks list and of the home page's charts. */
public record WeekSummary(
        LocalDate weekEnd,
        LocalDate firstDay,
        int tradingDays,
        int companies,
        Long capStart,
        long capEnd,
        BigDecimal capChangePct,
        int gainers,
        int decliners) {
}
