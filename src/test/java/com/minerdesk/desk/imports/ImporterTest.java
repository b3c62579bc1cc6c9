package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MarketData;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Preview and commit of imports over the demo data, on H2 and on a real PostgreSQL. */
class ImporterTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    /** ABTC's stored reference-week close moved from 2.23 to 2.30, and two new days for ABTC and APLD. */
    private static String barsFile(MarketData market) {
        DailyBar abtc = lastBar(market, "ABTC");
        return CsvKind.DAILY_BARS.headerLine() + "\n"
                + String.join(",", "2025-11-28", "ABTC", abtc.open().toPlainString(),
                        abtc.high().max(new java.math.BigDecimal("2.30")).toPlainString(), abtc.low().toPlainString(),
                        "2.30", Long.toString(abtc.shares()), Long.toString(abtc.marketCap())) + "\n"
                + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"
                + "2025-12-02,ABTC,2.40,2.60,2.35,2.55,1100000,2100000000\n"
                + "2025-12-01,APLD,30.00,31.00,29.50,30.50,5000000,8000000000\n"
                + "2025-12-02,APLD,30.50,32.00,30.00,31.75,5200000,8300000000\n";
    }

    private static DailyBar lastBar(MarketData market, String ticker) {
        Company c = market.companies().byTicker(ticker).orElseThrow();
        List<DailyBar> bars = market.companies().dailyBars(c, REFERENCE, REFERENCE);
        return bars.get(0);
    }

    private static long editor(Database db) {
        return db.write(tx -> UserQueries.create(tx, "ed@example.com", "Ed Itor", "editor", "correct-horse-battery-42"));
    }

    private static Importer importer(Database db) {
        return new Importer(db, new Fmt(ZoneOffset.UTC), java.time.Clock.systemUTC());
    }

    static ParsedFile read(Importer importer, String csv) {
        ParsedFile file = importer.read(csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(file.valid(), () -> file.errors().listed().toString());
        return file;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void previewShowsRowsAndWeeklyChangesAndSavesNothing(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MarketData market = MarketData.over(db.dsl());
            Importer importer = importer(db);
            long version = db.contentVersion().current();
            int bars = db.dsl().fetchCount(DAILY_BARS);

            ImportPreview p = importer.preview(read(importer, barsFile(market)));

            assertEquals(5, p.plan().rows());
            assertEquals(4, p.plan().added());
            assertEquals(1, p.plan().changed());
            assertEquals(0, p.plan().unchanged());
            RowChange changed = p.plan().changedSample().get(0);
            assertEquals(2, changed.line());
            assertEquals("ABTC 2025-11-28", changed.subject());
            assertTrue(changed.fields().contains(new FieldChange("close", "2.23", "2.30")), changed.toString());
            assertEquals(List.of(REFERENCE, LocalDate.of(2025, 12, 5)), p.weeksAffected());

            WeeklyEffect abtcReference = p.companyChanges().stream()
                    .filter(e -> e.subject().equals("ABTC") && e.weekEnd().equals(REFERENCE)).findFirst().orElseThrow();
            assertTrue(abtcReference.changes().contains(new FieldChange("Change", "−61.22\u00a0%", "−60.00\u00a0%")),
                    abtcReference.toString());
            WeeklyEffect newSectorWeek = p.sectorChanges().stream()
                    .filter(e -> e.weekEnd().equals(LocalDate.of(2025, 12, 5))).findFirst().orElseThrow();
            assertTrue(newSectorWeek.newWeek());
            assertTrue(newSectorWeek.changes().contains(new FieldChange("Companies", null, "2")));

            assertEquals(bars, db.dsl().fetchCount(DAILY_BARS));
            assertEquals(version, db.contentVersion().current());
            assertEquals(0, lastBar(market, "ABTC").close().compareTo(new java.math.BigDecimal("2.23")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void commitUpsertsLogsAndIsIdempotent(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MarketData market = MarketData.over(db.dsl());
            Importer importer = importer(db);
            String csv = barsFile(market);
            long editor = editor(db);
            int bars = db.dsl().fetchCount(DAILY_BARS);
            long version = db.contentVersion().current();

            ImportResult first = importer.commit(read(importer, csv), "week.csv", new ImportActor(editor, "Ed Itor"), (tx, done) -> { });
            assertEquals(4, first.plan().added());
            assertEquals(1, first.plan().changed());
            assertEquals(bars + 4, db.dsl().fetchCount(DAILY_BARS));
            assertTrue(db.contentVersion().current() > version);
            CompanyWeek abtc = market.companies().weeklyHistory(market.companies().byTicker("ABTC").orElseThrow(), 2).get(1);
            assertEquals(REFERENCE, abtc.weekEnd());
            assertEquals(0, abtc.close().compareTo(new java.math.BigDecimal("2.30")));

            ImportResult second = importer.commit(read(importer, csv), "week.csv", new ImportActor(editor, "Ed Itor"), (tx, done) -> { });
            assertEquals(0, second.plan().added());
            assertEquals(0, second.plan().changed());
            assertEquals(5, second.plan().unchanged());
            assertEquals(bars + 4, db.dsl().fetchCount(DAILY_BARS));

            // the demo set's own entries (its ledger rows) are not this test's
            List<ImportEntry> log = importer.log(10).stream().filter(e -> e.userName().equals("Ed Itor")).toList();
            assertEquals(2, log.size());
            assertEquals(second.importId(), log.get(0).id());
            assertEquals("Ed Itor", log.get(0).userName());
            assertEquals("week.csv", log.get(0).fileName());
            assertEquals(5, log.get(0).unchanged());
            assertEquals(4, log.get(1).added());
            assertEquals(LocalDate.of(2025, 12, 2), log.get(1).lastDate());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailureDuringTheCommitRollsBackEveryRow(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            Importer importer = importer(db);
            ParsedFile file = read(importer, barsFile(MarketData.over(db.dsl())));
            String before = db.dsl().selectFrom(DAILY_BARS).orderBy(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE)
                    .fetch().formatCSV();
            long version = db.contentVersion().current();
            RuntimeException failure = new IllegalStateException("the audit write failed");
            RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> importer.commit(file, "week.csv", new ImportActor(null, "Ed Itor"), (tx, done) -> {
                        throw failure;
                    }));
            assertEquals(failure, thrown);
            assertEquals(before, db.dsl().selectFrom(DAILY_BARS).orderBy(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE)
                    .fetch().formatCSV());
            assertEquals(0, importer.log(10).stream().filter(e -> e.userName().equals("Ed Itor")).count());
            assertEquals(version, db.contentVersion().current());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sectorMetricsImportShowsTheEconomicsItChanges(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            Importer importer = importer(db);
            String csv = CsvKind.SECTOR_METRICS.headerLine() + "\r\n"
                    + "2025-11-28,91000.00,1012.00,74600.00,137800.00\r\n"
                    + "2025-12-01,92000,1015.5,74700,138000\r\n";
            ImportPreview p = importer.preview(read(importer, csv));
            assertEquals(1, p.plan().added());
            assertEquals(1, p.plan().changed());
            WeeklyEffect reference = p.sectorChanges().stream()
                    .filter(e -> e.weekEnd().equals(REFERENCE)).findFirst().orElseThrow();
            assertTrue(reference.changes().contains(new FieldChange("BTC price", "$90,000", "$91,000")), reference.toString());
            assertEquals(List.of(REFERENCE, LocalDate.of(2025, 12, 5)), p.weeksAffected());

            int rows = db.dsl().fetchCount(SECTOR_METRICS);
            importer.commit(read(importer, csv), "metrics.csv", new ImportActor(null, "Ed Itor"), (tx, done) -> { });
            assertEquals(rows + 1, db.dsl().fetchCount(SECTOR_METRICS));
            assertEquals(0, MarketData.over(db.dsl()).economics().week(REFERENCE).orElseThrow().btcClose()
                    .compareTo(new java.math.BigDecimal("91000")));
        }
    }
}
