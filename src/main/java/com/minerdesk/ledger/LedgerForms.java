package com.minerdesk.ledger;

import com.minerdesk.db.Database;
import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportLog;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Saves one record from an editor's form the way an import does: in one transaction, a new version
 * through {@link LedgerTable#append} and an {@code imports} entry with operation 'form' (so it is
 * listed in the import log and can be rolled back). The form checks the values first.
 */
public final class LedgerForms {
    private LedgerForms() {
    }

    /**
     * The entry's id, or empty (and nothing written) when the record equals the current version;
     * {@code alsoInTransaction} (the audit record) runs in the same transaction.
     */
    public static <R extends Record> Optional<Long> save(Database db, LedgerKind<R> kind, R row, ImportActor actor,
            OffsetDateTime at, BiConsumer<DSLContext, Long> alsoInTransaction) {
        return db.write(tx -> {
            LedgerTable<R> table = kind.table();
            if (!table.wouldChange(tx, row)) {
                return Optional.<Long>empty();
            }
            boolean existed = !table.currentVersions(tx, List.of(row)).isEmpty();
            long id = ImportLog.recordChange(tx, actor, ChangeOperation.FORM, kind.csv(), existed ? 0 : 1, existed ? 1 : 0,
                    kind.day(row), kind.day(row), at);
            table.append(tx, id, at, List.of(row));
            alsoInTransaction.accept(tx, id);
            return Optional.of(id);
        });
    }
}
