package com.minerdesk.contracts;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.CONTRACTS;
import static com.minerdesk.db.generated.Tables.CONTRACT_VERSIONS;

import java.util.Arrays;
import java.util.Optional;
import org.jooq.SortField;

/** The orders of the contract table ({@code /contracts?sort=…}); figures largest first, names A to Z. */
enum ContractSort {
    COMPANY("company", "Company"),
    STATUS("status", "Status"),
    STATUS_DATE("date", "Status date"),
    CRITICAL_IT_MW("it_mw", "Critical IT MW"),
    GROSS_MW("gross_mw", "Gross MW"),
    VALUE("value", "Contract value");

    private final String code;
    private final String label;

    ContractSort(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    static Optional<ContractSort> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    SortField<?> field() {
        return switch (this) {
            case COMPANY -> COMPANIES.TICKER.asc();
            case STATUS -> ContractStatus.orderOf(CONTRACT_VERSIONS.STATUS).asc();
            case STATUS_DATE -> CONTRACT_VERSIONS.STATUS_DATE.desc();
            case CRITICAL_IT_MW -> CONTRACT_VERSIONS.CRITICAL_IT_MW.desc().nullsLast();
            case GROSS_MW -> CONTRACT_VERSIONS.GROSS_MW.desc().nullsLast();
            case VALUE -> CONTRACT_VERSIONS.VALUE_USD.desc().nullsLast();
        };
    }

    static SortField<?> tieBreak() {
        return CONTRACTS.REF.asc();
    }
}
