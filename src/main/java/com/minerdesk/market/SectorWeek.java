package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The sector's figures for one market week, all computed by {@link WeekQueries}. */
public record SectorWeek(
        LocalDate weekEnd,
        LocalDate firstDay,
        int tradingDays,
        int companies,
        Long capStart,
        long capEnd,
        BigDecimal capChangePct,
        int gainers,
        int decliners,
        BigDecimal weekVolume,
        BigDecimal volumeFirstDay,
        BigDecimal volumeLastDay,
        BigDecimal volumeChangePct) {

    public Long capChange() {
        return capStart == null ? null : capEnd - capStart;
    }

    public int unchanged() {
        return companies - gainers - decliners;
    }
}
