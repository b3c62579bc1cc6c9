package com.minerdesk.desk.imports;

import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerRow;
import com.minerdesk.ledger.LedgerTable;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The typed calls into a kind's {@link LedgerTable} for rows the import holds untyped. */
final class LedgerWrites {
    private LedgerWrites() {
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> LedgerTable.Appended append(DSLContext tx, LedgerKind<R> kind, long entryId, OffsetDateTime at,
            List<LedgerRow> rows) {
        return kind.table().append(tx, entryId, at, rows.stream().map(r -> (R) r.record()).toList());
    }
}
