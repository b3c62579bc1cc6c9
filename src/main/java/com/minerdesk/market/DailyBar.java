package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A daily bar as stored and imported: {@code shares} traded that day, and the market cap when one was
 * imported (null: the queries compute it from the shares outstanding, {@link MarketCaps}).
 */
public record DailyBar(
        LocalDate date,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        long shares,
        Long marketCap) {

    /** Dollars traded that day: close × shares. */
    public BigDecimal dollarVolume() {
        return close.multiply(BigDecimal.valueOf(shares));
    }
}
