package com.minerdesk.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's bar as a provider sends it: prices as traded that day, share volume, and a split factor (1 without). */
record ProviderBar(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long sharesTraded,
        BigDecimal splitFactor) {

    boolean split() {
        return splitFactor != null && splitFactor.compareTo(BigDecimal.ONE) != 0;
    }
}
