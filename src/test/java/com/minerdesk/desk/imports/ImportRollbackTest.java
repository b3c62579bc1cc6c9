package com.minerdesk.desk.imports;

import static com.minerdesk.desk.imports.ImporterTest.read;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.MARKET_CHANGES;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The row journal of imports and deletions, their rollback and its guard, and the preview's coverage, on H2 and PostgreSQL. */
class ImportRollbackTest {
    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    /** Every stored market row in a fixed order: equal dumps mean equal market data. */
    private static String marketRows(Database db) {
        return db.dsl().selectFrom(DAILY_BARS).orderBy(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE).fetch().formatCSV()
                + db.dsl().selectFrom(SECTOR_METRICS).orderBy(SECTOR_METRICS.METRIC_DATE).fetch().formatCSV();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rollbacksRestoreExactlyAndWaitForLaterChangesOnTheSameRows(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            Fmt fmt = new Fmt(ZoneOffset.UTC);
            Importer importer = new Importer(db, fmt, Clock.systemUTC());
            ImportRollback rollbacks = new ImportRollback(db, fmt, Clock.systemUTC());
            long user = db.write(tx -> UserQueries.create(tx, "ed@example.com", "Ed Itor", "editor", "correct-horse-battery-42"));
            ImportActor actor = new ImportActor(user, "Ed Itor");
            String before = marketRows(db);
            String header = CsvKind.DAILY_BARS.headerLine() + "\n";

            ImportPreview preview = importer.preview(read(importer, header
                    + "2025-11-28,ABTC,2.30,2.50,2.20,2.40,1000000,2200000000\n"
                    + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"));
            assertEquals(List.of("34 of 34", "1 of 34"), preview.coverage().shown().stream()
                    .map(d -> d.covered() + " of " + d.listed()).toList());
            // Thanksgiving (Thu 27 Nov) is a market holiday, so only the new week is left incomplete
            assertEquals(1, preview.coverage().weekWarnings().size(), preview.coverage().weekWarnings().toString());
            assertTrue(preview.coverage().weekWarnings().get(0).startsWith("The week ending Fri 5 Dec 2025 would be incomplete"));
            assertEquals(1, preview.jumps().count(), "the cap of 2025-11-28 moves by more than half from 2025-11-26");

            long first = importer.commit(read(importer, header
                    + "2025-11-28,ABTC,2.30,2.50,2.20,2.40,1000000,2200000000\n"
                    + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"), "a.csv", actor, (tx, r) -> { }).importId();
            long later = importer.commit(read(importer, header
                    + "2025-12-01,ABTC,2.35,2.50,2.20,2.45,1000000,2000000000\n"), "b.csv", actor, (tx, r) -> { }).importId();
            String afterBoth = marketRows(db);

            RollbackCheck refused = rollbacks.check(first).orElseThrow();
            assertFalse(refused.possible());
            assertEquals(List.of(later), refused.later().stream().map(ImportEntry::id).toList());
            assertThrows(ImportRollback.Refused.class, () -> rollbacks.rollback(first, "Ed Itor", (tx, e) -> { }));
            assertEquals(afterBoth, marketRows(db), "a refused rollback changes nothing");

            int changes = db.dsl().fetchCount(MARKET_CHANGES);
            long version = db.contentVersion().current();
            rollbacks.rollback(later, "Ed Itor", (tx, e) -> { });
            rollbacks.rollback(first, "Ed Itor", (tx, e) -> { });
            assertEquals(before, marketRows(db));
            assertEquals(changes + 2, db.dsl().fetchCount(MARKET_CHANGES));
            assertEquals(version + 2, db.contentVersion().current());
            assertTrue(rollbacks.check(first).orElseThrow().refusal().startsWith("It was rolled back on"));

            BarDeletion deletion = new BarDeletion(db, Clock.systemUTC());
            long abtc = new com.minerdesk.market.CompanyQueries(db.dsl()).idOf("ABTC").orElseThrow();
            LocalDate from = LocalDate.of(2025, 11, 24);
            LocalDate to = LocalDate.of(2025, 11, 28);
            int count = deletion.preview(abtc, from, to).size();
            assertTrue(deletion.delete(abtc, from, to, count + 1, actor, (tx, bars) -> { }).isEmpty(), "a stale preview deletes nothing");
            long deleted = deletion.delete(abtc, from, to, count, actor, (tx, bars) -> { }).orElseThrow();
            assertTrue(deletion.preview(abtc, from, to).isEmpty());
            rollbacks.rollback(deleted, "Ed Itor", (tx, e) -> { });
            assertEquals(before, marketRows(db));

            long metrics = importer.commit(read(importer, CsvKind.SECTOR_METRICS.headerLine() + "\n"
                    + "2025-11-28,95000.00,1020.00,75000.00,139000.00\n"
                    + "2025-12-01,96000.00,1021.00,75100.00,139100.00\n"), "m.csv", actor, (tx, r) -> { }).importId();
            assertFalse(before.equals(marketRows(db)));
            rollbacks.rollback(metrics, "Ed Itor", (tx, e) -> { });
            assertEquals(before, marketRows(db));
        }
    }
}
