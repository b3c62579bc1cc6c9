package com.minerdesk.production;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The monthly operating metrics, from a company's reported figures and the network's month. Units
 * are in the names: BTC, EH/s (10^18 hashes per second), a ratio (1 = 100 %). A missing input gives
 * a missing result (null), never a guess.
 */
public final class ProductionFormulas {
    private static final MathContext M = MathContext.DECIMAL64;
    private static final BigDecimal TWO_POW_32 = BigDecimal.valueOf(4_294_967_296L);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HASHES_PER_EH = BigDecimal.TEN.pow(18);

    private ProductionFormulas() {
    }

    /** BTC per EH/s in the month = BTC produced ÷ average operating EH/s. */
    public static BigDecimal btcPerEhs(BigDecimal btcProduced, BigDecimal avgOperatingEhs) {
        return ratio(btcProduced, avgOperatingEhs);
    }

    /** The month's average operating hash rate when none is reported: mean of last and this month-end's (EH/s). */
    public static BigDecimal meanOperatingEhs(BigDecimal previousMonthEndEhs, BigDecimal monthEndEhs) {
        if (previousMonthEndEhs == null || monthEndEhs == null) {
            return null;
        }
        return previousMonthEndEhs.add(monthEndEhs).divide(BigDecimal.valueOf(2), M);
    }

    /**
     * Realized hash rate (EH/s) = BTC produced ÷ BTC paid to all miners in the month (subsidy + fees)
     * × the network's average EH/s: the hash rate that, at the network's luck, mines what the company mined.
     */
    public static BigDecimal realizedEhs(BigDecimal btcProduced, BigDecimal networkRewardBtc, BigDecimal networkAvgEhs) {
        BigDecimal share = ratio(btcProduced, networkRewardBtc);
        return share == null || networkAvgEhs == null ? null : share.multiply(networkAvgEhs, M);
    }

    /** Realization rate (ratio) = realized EH/s ÷ average operating EH/s. */
    public static BigDecimal realizationRate(BigDecimal realizedEhs, BigDecimal avgOperatingEhs) {
        return ratio(realizedEhs, avgOperatingEhs);
    }

    /** Share of the network (ratio) = average operating EH/s ÷ network average EH/s. */
    public static BigDecimal networkShare(BigDecimal avgOperatingEhs, BigDecimal networkAvgEhs) {
        return ratio(avgOperatingEhs, networkAvgEhs);
    }

    /**
     * A day's network hash rate estimated from its difficulty and blocks found (EH/s): each block takes
     * difficulty × 2^32 hashes on average, spread over the day's 86,400 seconds.
     */
    public static BigDecimal estimatedNetworkEhs(BigDecimal difficulty, int blocks) {
        return difficulty.multiply(TWO_POW_32, M).multiply(BigDecimal.valueOf(blocks), M)
                .divide(SECONDS_PER_DAY, M).divide(HASHES_PER_EH, M);
    }

    /** Month-over-month change (ratio) = this ÷ previous − 1. */
    public static BigDecimal change(BigDecimal previous, BigDecimal current) {
        BigDecimal r = ratio(current, previous);
        return r == null ? null : r.subtract(BigDecimal.ONE);
    }

    /** HODL change (BTC) = BTC held at this month end − at the previous month end. */
    public static BigDecimal hodlChangeBtc(BigDecimal previousHeldBtc, BigDecimal heldBtc) {
        return previousHeldBtc == null || heldBtc == null ? null : heldBtc.subtract(previousHeldBtc);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a == null || b == null || b.signum() == 0 ? null : a.divide(b, M);
    }
}
