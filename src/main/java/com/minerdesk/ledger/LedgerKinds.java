package com.minerdesk.ledger;

import com.minerdesk.contracts.ContractKind;
import com.minerdesk.network.NetworkDayKind;
import com.minerdesk.production.MonthlyReportKind;
import java.util.List;
import java.util.Optional;

/** The operating-ledger kinds the desk import knows. A new kind is one more entry here. */
public final class LedgerKinds {
    private static final List<LedgerKind<?>> ALL = List.of(NetworkDayKind.KIND, MonthlyReportKind.KIND, ContractKind.KIND);

    private LedgerKinds() {
    }

    public static List<LedgerKind<?>> all() {
        return ALL;
    }

    public static Optional<LedgerKind<?>> byCode(String code) {
        return ALL.stream().filter(k -> k.csv().code().equals(code)).findFirst();
    }
}
