package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Cost to produce one BTC against its price for one market week: the figures of the week's last
 * metric date, the week's BTC high, and the margins (price − cost) / price.
 */
public record EconomicsWeek(
        LocalDate weekEnd,
        LocalDate asOf,
        BigDecimal btcHigh,
        BigDecimal btcClose,
        BigDecimal hashrateEhs,
        BigDecimal cashCost,
        BigDecimal allinCost,
        BigDecimal cashMargin,
        BigDecimal allinMargin) {
}
