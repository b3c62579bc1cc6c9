package com.minerdesk.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The network over the seven UTC days ending on a market week's Friday, for write-ups: the mean of
 * the days' figures ({@link NetworkQueries#week}). Complete only when all seven days are stored.
 */
public record NetworkWeek(LocalDate firstDay, LocalDate lastDay, int daysStored, int daysPriced, int daysEstimated,
        BigDecimal meanHashpriceUsdPerPhDay, BigDecimal meanHashvalueBtcPerPhDay, BigDecimal meanHashrateEhs) {
    public static final int DAYS = 7;

    public boolean complete() {
        return daysStored == DAYS;
    }

    public boolean priced() {
        return daysPriced == DAYS;
    }
}
