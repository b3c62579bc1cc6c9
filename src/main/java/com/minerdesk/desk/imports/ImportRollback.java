package com.minerdesk.desk.imports;

import com.minerdesk.market.SectorMetric;
import com.minerdesk.db.Database;
import com.minerdesk.web.Fmt;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Undoes an entry of the import log exactly: the rows it replaced or deleted get their old values
 * back, the rows it added are deleted (for a ledger kind: the versions it added are deleted, and the
 * newest remaining version of each key is current again). Refused when the entry kept no rows (made before V12), was
 * rolled back already, or when a later entry that is still in force wrote one of the same rows.
 * Runs through {@link Database#write} like every desk change and records the dates it changed.
 */
public final class ImportRollback {
    private final Database db;
    private final Fmt fmt;
    private final Clock clock;

    public ImportRollback(Database db, Fmt fmt, Clock clock) {
        this.db = db;
        this.fmt = fmt;
        this.clock = clock;
    }

    Optional<RollbackCheck> check(long id) {
        return check(db.dsl(), id);
    }

    /**
     * Rolls the entry back, with {@code alsoInTransaction} (the audit record); throws {@link Refused}
     * with the reason, changing nothing, when it cannot be done exactly.
     */
    RollbackCheck rollback(long id, String editorName, BiConsumer<DSLContext, ImportEntry> alsoInTransaction) {
        return db.write(tx -> {
            RollbackCheck check = check(tx, id).orElseThrow(() -> new IllegalArgumentException("no import " + id));
            if (!check.possible()) {
                throw new Refused(check);
            }
            ImportEntry e = check.entry();
            OffsetDateTime now = OffsetDateTime.now(clock);
            CsvKind kind = CsvKind.byCode(e.kind()).orElseThrow();
            if (kind.ledger().isPresent()) {
                kind.ledger().get().table().rollback(tx, id);
                ImportLog.markRolledBack(tx, id, editorName, now);
                alsoInTransaction.accept(tx, e);
                return check;
            }
            if (kind.equals(CsvKind.DAILY_BARS)) {
                List<StoredBar> previous = ChangeJournal.previousBars(tx, id);
                BarStore.delete(tx, ChangeJournal.addedBars(tx, id));
                BarStore.upsert(tx, previous);
            } else {
                List<SectorMetric> previous = ChangeJournal.previousMetrics(tx, id);
                MetricStore.delete(tx, ChangeJournal.addedMetrics(tx, id));
                MetricStore.upsert(tx, previous);
            }
            ImportLog.markRolledBack(tx, id, editorName, now);
            MarketChanges.record(tx, e.firstDate(), e.lastDate(), now);
            alsoInTransaction.accept(tx, e);
            return check;
        });
    }

    private Optional<RollbackCheck> check(DSLContext dsl, long id) {
        return ImportLog.byId(dsl, id).map(e -> {
            if (e.rolledBack()) {
                return new RollbackCheck(e, "It was rolled back on " + fmt.dateTime(e.rolledBackAt()) + " by "
                        + e.rolledBackBy() + ".", List.of());
            }
            if (!e.undoable()) {
                return new RollbackCheck(e, "It was made before the import log kept the rows each import replaces, "
                        + "so its previous values are not known. Import a corrected file instead.", List.of());
            }
            List<Long> laterIds = CsvKind.byCode(e.kind()).flatMap(CsvKind::ledger)
                    .map(k -> k.table().laterEntriesOnSameKeys(dsl, id))
                    .orElseGet(() -> ChangeJournal.laterOnSameRows(dsl, id));
            List<ImportEntry> later = laterIds.stream()
                    .map(l -> ImportLog.byId(dsl, l).orElseThrow()).toList();
            if (!later.isEmpty()) {
                return new RollbackCheck(e, (later.size() == 1 ? "A later change (" : later.size() + " later changes (")
                        + String.join(", ", later.stream().map(l -> "#" + l.id() + " " + l.source()).toList())
                        + ") wrote some of the same rows, and rolling this one back would overwrite "
                        + (later.size() == 1 ? "it" : "them") + ". Roll back the later one"
                        + (later.size() == 1 ? "" : "s, newest first,") + " first.", later);
            }
            return new RollbackCheck(e, null, List.of());
        });
    }

    /** Carries a refusal out of the transaction, which jOOQ rolls back because of it. */
    static final class Refused extends RuntimeException {
        private final transient RollbackCheck check;

        Refused(RollbackCheck check) {
            super(check.refusal(), null, false, false);
            this.check = check;
        }

        RollbackCheck check() {
            return check;
        }
    }
}
