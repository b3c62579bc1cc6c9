package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One company in one market week: the row of the miner table. {@code change} is this week's last
 * close over {@code previousClose}, the previous market week's last close, − 1 (null without a bar
 * in the previous week). {@code shares} are shares traded; {@code dollarVolume} is each day's close ×
 * shares, summed. {@code capImported} says whether the cap was imported or computed from the shares
 * outstanding (null without a cap).
 */
public record CompanyWeek(
        String ticker,
        String name,
        AiHpcStatus aiHpcStatus,
        LocalDate weekEnd,
        BigDecimal open,
        BigDecimal close,
        BigDecimal previousClose,
        BigDecimal change,
        BigDecimal shares,
        BigDecimal dollarVolume,
        Long marketCap,
        Boolean capImported,
        Long previousCap,
        Integer rank) {

    public boolean hasData() {
        return close != null;
    }

    /** Whether the cap was computed from the shares outstanding rather than imported. */
    public boolean capComputed() {
        return marketCap != null && Boolean.FALSE.equals(capImported);
    }
}
