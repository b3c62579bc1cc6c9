package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the weeks list and of the home page's charts. The change is like with like, over the
 * {@code compared} companies with a cap at both closes ({@link SectorWeek}).
 */
public record WeekSummary(
        LocalDate weekEnd,
        LocalDate firstDay,
        int tradingDays,
        int companies,
        int compared,
        Long capStart,
        Long capEndCompared,
        long capEnd,
        BigDecimal capChangePct,
        int gainers,
        int decliners) {
}
