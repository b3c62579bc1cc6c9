package com.minerdesk.desk.imports;

import com.minerdesk.db.Database;
import com.minerdesk.ledger.LedgerContext;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.market.SectorMetric;
import com.minerdesk.web.Fmt;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Reads, previews and commits uploaded CSV files. A preview writes the rows inside a transaction,
 * reads the weekly figures with the market queries and rolls back; a commit writes the new and
 * changed rows in one transaction (all or nothing) through {@link Database#write}, so the content
 * version and every cache keyed by it move on, and logs the import in the same transaction with
 * the rows it replaced, so that it can be rolled back ({@link ImportRollback}).
 */
public final class Importer {
    private final Database db;
    private final Fmt fmt;
    private final Clock clock;

    public Importer(Database db, Fmt fmt, Clock clock) {
        this.db = db;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** Reads and checks a file against the companies that exist now. */
    public ParsedFile read(byte[] bytes) {
        Map<String, Long> ids = new CompanyQueries(db.dsl()).idsByTicker();
        return new CsvImportParser(new LedgerContext(ids, LocalDate.now(clock.withZone(ZoneOffset.UTC))), new HashSet<>(ids.keySet()))
                .parse(bytes);
    }

    public ImportPreview preview(ParsedFile file) {
        if (file.kind().ledger().isPresent()) {
            // a ledger file changes no weekly market figure: the row plan is the whole preview
            return ImportPreview.of(ImportPlanner.plan(db.dsl(), file), List.of(), List.of(), List.of(),
                    CoverageCheck.Result.NONE, JumpCheck.Result.NONE);
        }
        try {
            db.dsl().transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                ImportPlan plan = ImportPlanner.plan(tx, file);
                WeeklyEffects before = WeeklyEffects.snapshot(tx, plan.kind(), plan.tickers(), fmt);
                Map<String, Long> ids = new CompanyQueries(tx).idsByTicker();
                write(tx, plan, ids);
                WeeklyEffects after = WeeklyEffects.snapshot(tx, plan.kind(), plan.tickers(), fmt);
                List<LocalDate> written = plan.kind() == CsvKind.DAILY_BARS
                        ? plan.barsToWrite().stream().map(BarRow::date).toList()
                        : plan.metricsToWrite().stream().map(SectorMetric::date).toList();
                ImportPreview preview = plan.kind() == CsvKind.DAILY_BARS
                        ? ImportPreview.of(plan, after.weekEnds(written), after.sectorChangesSince(before),
                                after.companyChangesSince(before),
                                CoverageCheck.of(tx, ids, file.bars().stream().map(BarRow::date).toList(), fmt),
                                JumpCheck.of(tx, new HashSet<>(keys(plan, ids)), ids, plan.firstDate(), plan.lastDate(), fmt))
                        : ImportPreview.of(plan, after.weekEnds(written), after.economicsChangesSince(before), List.of(),
                                CoverageCheck.Result.NONE, JumpCheck.Result.NONE);
                throw new RolledBack(preview);
            });
        } catch (RolledBack done) {
            return done.preview;
        }
        throw new IllegalStateException("the preview transaction must roll back");
    }

    /**
     * Writes the file's new and changed rows and the log entry in one transaction; {@code alsoInTransaction}
     * (the audit record) runs in it too.
     */
    public ImportResult commit(ParsedFile file, String fileName, ImportActor actor,
            BiConsumer<DSLContext, ImportResult> alsoInTransaction) {
        return db.write(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            ImportPlan plan = ImportPlanner.plan(tx, file);
            if (plan.kind().ledger().isPresent()) {
                long id = ImportLog.record(tx, actor, fileName, plan, file.warnings().count(), now);
                LedgerWrites.append(tx, plan.kind().ledger().get(), id, now, plan.ledgerToWrite());
                ImportResult result = new ImportResult(id, plan);
                alsoInTransaction.accept(tx, result);
                return result;
            }
            Map<String, Long> ids = new CompanyQueries(tx).idsByTicker();
            write(tx, plan, ids);
            if (!plan.changesNothing()) {
                MarketChanges.record(tx, plan.firstDate(), plan.lastDate(), now);
            }
            long id = ImportLog.record(tx, actor, fileName, plan, file.warnings().count(), now);
            if (plan.kind() == CsvKind.DAILY_BARS) {
                ChangeJournal.bars(tx, id, keys(plan, ids), plan.replacedBars());
            } else {
                ChangeJournal.metrics(tx, id, plan.metricsToWrite().stream().map(SectorMetric::date).toList(),
                        plan.replacedMetrics());
            }
            ImportResult result = new ImportResult(id, plan);
            alsoInTransaction.accept(tx, result);
            return result;
        });
    }

    public List<ImportEntry> log(int limit) {
        return ImportLog.latest(db.dsl(), limit);
    }

    private static List<BarKey> keys(ImportPlan plan, Map<String, Long> ids) {
        return plan.barsToWrite().stream().map(r -> new BarKey(ids.get(r.ticker()), r.date())).toList();
    }

    private static void write(DSLContext tx, ImportPlan plan, Map<String, Long> ids) {
        if (plan.kind() == CsvKind.DAILY_BARS) {
            BarStore.upsert(tx, plan.barsToWrite(), ids);
        } else {
            MetricStore.upsert(tx, plan.metricsToWrite());
        }
    }

    /** Carries the preview out of the transaction, which jOOQ rolls back because of it. */
    private static final class RolledBack extends RuntimeException {
        private final transient ImportPreview preview;

        RolledBack(ImportPreview preview) {
            super(null, null, false, false);
            this.preview = preview;
        }
    }
}
