package com.minerdesk.production;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;

/**
 * The network's month from its current daily rows: BTC paid to miners (subsidy + fees) and the
 * average hash rate (EH/s). Only a month with every day stored is complete; an incomplete one gives
 * no figures, since a partial sum would understate the month.
 */
public record NetworkMonth(YearMonth month, int daysStored, int daysEstimated, BigDecimal rewardBtc, BigDecimal avgEhs) {

    /** One current network day as stored. */
    public record Day(BigDecimal difficulty, int blocks, BigDecimal subsidyBtc, BigDecimal feesBtc, BigDecimal hashrateEhs) {
        BigDecimal ehs() {
            return hashrateEhs != null ? hashrateEhs : ProductionFormulas.estimatedNetworkEhs(difficulty, blocks);
        }
    }

    public static NetworkMonth of(YearMonth month, List<Day> days) {
        if (days.size() < month.lengthOfMonth()) {
            return new NetworkMonth(month, days.size(), 0, null, null);
        }
        BigDecimal reward = BigDecimal.ZERO;
        BigDecimal ehs = BigDecimal.ZERO;
        int estimated = 0;
        for (Day d : days) {
            reward = reward.add(d.subsidyBtc()).add(d.feesBtc());
            ehs = ehs.add(d.ehs());
            estimated += d.hashrateEhs() == null ? 1 : 0;
        }
        return new NetworkMonth(month, days.size(), estimated, reward,
                ehs.divide(BigDecimal.valueOf(days.size()), MathContext.DECIMAL64));
    }

    public boolean complete() {
        return daysStored >= month.lengthOfMonth();
    }

    /** Why the network figures are missing, or null when they are there. */
    public String missingReason() {
        return complete() ? null : "network data for " + month + " has " + daysStored + " of " + month.lengthOfMonth() + " days";
    }

    /** Where the average hash rate comes from, in words. */
    public String hashrateBasis() {
        if (!complete()) {
            return null;
        }
        return daysEstimated == 0 ? "as the source gives it"
                : daysEstimated + " of " + daysStored + " days estimated from difficulty and blocks";
    }
}
