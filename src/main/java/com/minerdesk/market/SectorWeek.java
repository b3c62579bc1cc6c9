package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The sector's figures for one market week, all computed by {@link WeekQueries}. The change
 * compares like with like: {@code capEndCompared} over {@code capStart}, both over the
 * {@code compared} companies that have a cap at this week's and the previous week's close;
 * {@code capEnd} is the total of every company with a cap this week. Volumes: {@code weekShares}
 * are shares traded; the dollar volumes are each day's close × shares, summed.
 */
public record SectorWeek(
        LocalDate weekEnd,
        LocalDate firstDay,
        int tradingDays,
        int companies,
        int previousCompanies,
        int compared,
        int capsComputed,
        Long capStart,
        Long capEndCompared,
        long capEnd,
        BigDecimal capChangePct,
        int gainers,
        int decliners,
        int unchanged,
        BigDecimal weekShares,
        BigDecimal weekDollarVolume,
        BigDecimal dollarVolumeFirstDay,
        BigDecimal dollarVolumeLastDay,
        BigDecimal dollarVolumeChangePct) {

    /** The change of the compared companies' total cap, in dollars. */
    public Long capChange() {
        return capStart == null || capEndCompared == null ? null : capEndCompared - capStart;
    }

    /** The companies with a bar in only one of the two weeks, or without a cap in one: not in the change. */
    public int leftOut() {
        return companies + previousCompanies - 2 * compared;
    }
}
