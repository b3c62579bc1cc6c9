package com.minerdesk.contracts;

import java.math.BigDecimal;

/** Current contracts summed over one group (a company or a status): MW and USD as in {@link ContractTerms}. */
public record ContractTotal(String key, int contracts, BigDecimal criticalItMw, BigDecimal grossMw, Long valueUsd) {

    public String statusLabel() {
        return ContractStatus.labelOf(key);
    }
}
