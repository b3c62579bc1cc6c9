package com.minerdesk.ledger;

import java.time.LocalDate;
import java.util.Map;

/**
 * What reading a ledger line may need: the companies that exist (upper-case ticker to id) and
 * today by the injected clock (a figure for a later day is refused).
 */
public record LedgerContext(Map<String, Long> companyIds, LocalDate today) {
    public LedgerContext {
        companyIds = Map.copyOf(companyIds);
    }
}
