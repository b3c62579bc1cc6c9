package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's sector metrics as stored (and as imported and exported). */
public record SectorMetric(
        LocalDate date,
        BigDecimal btcPrice,
        BigDecimal hashrateEhs,
        BigDecimal cashCost,
        BigDecimal allinCost) {

    /** True when the values are equal as numbers (scale ignored). */
    public boolean sameValues(SectorMetric o) {
        return btcPrice.compareTo(o.btcPrice) == 0 && hashrateEhs.compareTo(o.hashrateEhs) == 0
                && cashCost.compareTo(o.cashCost) == 0 && allinCost.compareTo(o.allinCost) == 0;
    }
}
