package com.minerdesk.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One UTC day of the Bitcoin network as stored (the current version of its facts) with the figures
 * {@link NetworkQueries} computes from them. Units are in the names: EH/s, PH/s, BTC, USD.
 *
 * @param hashrateEhs the source's figure when it gave one, else the estimate from difficulty and blocks
 * @param hashrateReportedEhs the source's figure as stored, null when it gave none
 * @param btcPriceUsd the site's BTC price on the day, or on the latest day before it (at most three
 *     days: a weekend), with that day in {@code priceDate}; null when there is none
 * @param hashpriceUsdPerPhDay null when there is no BTC price
 */
public record NetworkDay(
        LocalDate day,
        BigDecimal difficulty,
        int blocks,
        BigDecimal subsidyBtc,
        BigDecimal feesBtc,
        BigDecimal rewardBtc,
        BigDecimal feeShare,
        BigDecimal hashrateEhs,
        BigDecimal hashrateReportedEhs,
        BigDecimal hashvalueBtcPerPhDay,
        BigDecimal benchmarkBtcPerEhDay,
        BigDecimal btcPriceUsd,
        LocalDate priceDate,
        BigDecimal hashpriceUsdPerPhDay,
        int version,
        String sourceUrl,
        boolean sample,
        long importId) {

    /** Whether {@code hashrateEhs} is the estimate from difficulty and blocks found. */
    public boolean hashrateEstimated() {
        return hashrateReportedEhs == null;
    }

    public boolean priceFromEarlierDay() {
        return priceDate != null && !priceDate.equals(day);
    }
}
