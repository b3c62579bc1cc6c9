package com.minerdesk.contracts;

import java.math.BigDecimal;

/**
 * Current contracts summed over one group (a company or a status): MW and USD as in
 * {@link ContractTerms}, each sum with the number of contracts that reported that figure.
 */
public record ContractTotal(String key, int contracts, BigDecimal criticalItMw, int criticalItReported, BigDecimal grossMw,
        int grossReported, Long valueUsd, int valueReported) {

    public String statusLabel() {
        return ContractStatus.labelOf(key);
    }
}
