package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.IMPORTS;

import com.minerdesk.db.generated.tables.records.ImportsRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerKinds;
import com.minerdesk.ledger.LedgerTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The log of desk changes to market rows (imports, metric form saves, deletions of bars): written in
 * the change's own transaction, listed newest first, each with what it changed.
 */
public final class ImportLog {
    private ImportLog() {
    }

    static long record(DSLContext tx, ImportActor actor, String fileName, ImportPlan plan, int warnings, OffsetDateTime at) {
        return insert(tx, actor, ChangeOperation.IMPORT, fileName, plan.kind(), plan.rows(), plan.added(), plan.changed(),
                plan.unchanged(), warnings, plan.firstDate(), plan.lastDate(), at);
    }

    /** Logs a form save or a deletion: {@code added} rows that were not there, {@code existed} rows that were. */
    public static long recordChange(DSLContext tx, ImportActor actor, ChangeOperation operation, CsvKind kind, int added,
            int existed, LocalDate first, LocalDate last, OffsetDateTime at) {
        return insert(tx, actor, operation, "", kind, added + existed, added, existed, 0, 0, first, last, at);
    }

    /** Logs a ledger write that is not a checked upload (a form save, a fetch) with what it will change. */
    public static long recordLedger(DSLContext tx, ImportActor actor, ChangeOperation operation, String fileName, CsvKind kind,
            int rows, int added, int restated, LocalDate first, LocalDate last, OffsetDateTime at) {
        return insert(tx, actor, operation, fileName, kind, rows, added, restated, rows - added - restated, 0, first, last, at);
    }

    private static long insert(DSLContext tx, ImportActor actor, ChangeOperation operation, String fileName, CsvKind kind,
            int rows, int added, int changed, int unchanged, int warnings, LocalDate first, LocalDate last, OffsetDateTime at) {
        return tx.insertInto(IMPORTS)
                .set(IMPORTS.IMPORTED_AT, at)
                .set(IMPORTS.USER_ID, actor.userId())
                .set(IMPORTS.USER_NAME, actor.name())
                .set(IMPORTS.FILE_NAME, fileName)
                .set(IMPORTS.KIND, kind.code())
                .set(IMPORTS.ROWS_TOTAL, rows)
                .set(IMPORTS.ROWS_NEW, added)
                .set(IMPORTS.ROWS_CHANGED, changed)
                .set(IMPORTS.ROWS_UNCHANGED, unchanged)
                .set(IMPORTS.WARNINGS, warnings)
                .set(IMPORTS.FIRST_DATE, first)
                .set(IMPORTS.LAST_DATE, last)
                .set(IMPORTS.OPERATION, operation.code())
                .set(IMPORTS.UNDOABLE, true)
                .returning(IMPORTS.ID)
                .fetchOne(IMPORTS.ID);
    }

    static void markRolledBack(DSLContext tx, long id, String by, OffsetDateTime at) {
        tx.update(IMPORTS).set(IMPORTS.ROLLED_BACK_AT, at).set(IMPORTS.ROLLED_BACK_BY, by).where(IMPORTS.ID.eq(id)).execute();
    }

    static List<ImportEntry> latest(DSLContext dsl, int limit) {
        List<ImportEntry> entries = dsl.selectFrom(IMPORTS).orderBy(IMPORTS.IMPORTED_AT.desc(), IMPORTS.ID.desc()).limit(limit)
                .fetch(ImportLog::entry);
        return withChanges(dsl, entries);
    }

    static Optional<ImportEntry> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(IMPORTS).where(IMPORTS.ID.eq(id)).fetchOptional(ImportLog::entry)
                .map(e -> withChanges(dsl, List.of(e)).get(0));
    }

    /** The entries with what each changed: rows journalled per company, or ledger versions added. */
    private static List<ImportEntry> withChanges(DSLContext dsl, List<ImportEntry> entries) {
        Map<Long, List<RowsChanged>> changes = new HashMap<>(ChangeJournal.summaries(dsl, entries.stream().map(ImportEntry::id).toList()));
        for (LedgerKind<?> kind : LedgerKinds.all()) {
            List<ImportEntry> ofKind = entries.stream().filter(e -> e.kind().equals(kind.csv().code())).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Map<Long, LedgerTable.Appended> added = kind.table().addedBy(dsl, ofKind.stream().map(ImportEntry::id).toList());
            for (ImportEntry e : ofKind) {
                LedgerTable.Appended a = added.get(e.id());
                if (a != null) {
                    changes.put(e.id(), List.of(new RowsChanged(kind.csv().label(), a.added(), a.restated(), e.firstDate(),
                            e.lastDate())));
                }
            }
        }
        return entries.stream().map(e -> e.withChanges(changes.getOrDefault(e.id(), List.of()))).toList();
    }

    private static ImportEntry entry(ImportsRecord r) {
        return new ImportEntry(r.getId(), r.getImportedAt(), r.getUserName(), r.getFileName(), r.getKind(),
                r.getRowsTotal(), r.getRowsNew(), r.getRowsChanged(), r.getRowsUnchanged(), r.getWarnings(),
                r.getFirstDate(), r.getLastDate(), ChangeOperation.byCode(r.getOperation()), r.getUndoable(),
                r.getRolledBackAt(), r.getRolledBackBy(), List.of());
    }
}
