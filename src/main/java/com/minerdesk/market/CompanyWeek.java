package com.minerdesk.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One company in one market week: the row of the miner table. Change is close/open − 1. */
public record CompanyWeek(
        String ticker,
        String name,
        AiHpcStatus aiHpcStatus,
        LocalDate weekEnd,
        BigDecimal open,
        BigDecimal close,
        BigDecimal change,
        BigDecimal volume,
        Long marketCap,
        Long previousCap,
        Integer rank) {

    public boolean hasData() {
        return close != null;
    }
}
