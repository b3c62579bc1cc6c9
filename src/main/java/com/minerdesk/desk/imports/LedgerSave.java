package com.minerdesk.desk.imports;

import com.minerdesk.db.Database;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerTable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Saves ledger rows that did not come from an uploaded file (an editor form saving one figure, a
 * fetch) the way an import does: one transaction with an {@code imports} entry naming the versions it
 * added, so the log lists it and it rolls back like any import. Rows whose facts equal the current
 * version's make no entry.
 */
public final class LedgerSave {
    /** The entry written, if anything changed, and what the append did. */
    public record Saved(Optional<Long> entryId, LedgerTable.Appended appended) {
    }

    private LedgerSave() {
    }

    /** One record from an editor form: an entry with operation 'form'. */
    public static <R extends Record> Saved form(Database db, Clock clock, ImportActor actor, LedgerKind<R> kind, R row) {
        return save(db, clock, actor, ChangeOperation.FORM, "", kind, List.of(row));
    }

    /** Rows from a fetch or another program: an entry with operation 'import' named {@code sourceName}. */
    public static <R extends Record> Saved rows(Database db, Clock clock, ImportActor actor, String sourceName, LedgerKind<R> kind,
            List<R> rows) {
        return save(db, clock, actor, ChangeOperation.IMPORT, sourceName, kind, rows);
    }

    private static <R extends Record> Saved save(Database db, Clock clock, ImportActor actor, ChangeOperation operation,
            String name, LedgerKind<R> kind, List<R> rows) {
        return db.write(tx -> {
            List<R> changing = rows.stream().filter(r -> kind.table().wouldChange(tx, r)).toList();
            if (changing.isEmpty()) {
                return new Saved(Optional.empty(), new LedgerTable.Appended(0, 0, rows.size()));
            }
            int added = (int) changing.stream().filter(r -> isNew(tx, kind, r)).count();
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = ImportLog.recordLedger(tx, actor, operation, name, kind.csv(), rows.size(), added, changing.size() - added,
                    ImportPlanner.min(changing, kind::day), ImportPlanner.max(changing, kind::day), now);
            return new Saved(Optional.of(id), kind.table().append(tx, id, now, changing));
        });
    }

    private static <R extends Record> boolean isNew(DSLContext tx, LedgerKind<R> kind, R row) {
        return kind.table().currentVersions(tx, List.of(row)).isEmpty();
    }
}
