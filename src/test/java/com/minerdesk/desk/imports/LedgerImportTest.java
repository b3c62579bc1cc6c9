package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.network.NetworkDayKind;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The desk import of an operating-ledger kind (network days): refusals, restatement, log and rollback. */
class LedgerImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ImportActor ED = new ImportActor(null, "Ed Itor");
    private static final String HEADER = NetworkDayKind.CSV.headerLine() + "\n";

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static Importer importer(Database db) {
        return new Importer(db, new Fmt(ZoneOffset.UTC), CLOCK);
    }

    private static ParsedFile read(Importer importer, String csv) {
        return importer.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(ParsedFile file) {
        return file.errors().listed().stream().map(p -> p.place() + ": " + p.message()).toList();
    }

    @Test
    void impossibleValuesAreRefusedWithLineAndField() {
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            ParsedFile file = read(importer(db), HEADER
                    + "2025-11-27,0,144,450,5.1,\n"
                    + "2025-11-27,149301205959699.88,1001,450,5.1,\n"
                    + "2025-11-28,149301205959699.88,144,450,-1,\n"
                    + "2025-11-29,149301205959699.88,144,900,5.1,\n"
                    + "2025-12-02,149301205959699.88,144,450,5.1,\n");
            List<String> errors = errors(file);
            assertFalse(file.valid());
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 2, column 2 (difficulty)")), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 3, column 3 (blocks)")), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 4, column 5 (fees_btc)")), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 5, column 4 (subsidy_btc)")
                    && e.contains("3.125")), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 6, column 1 (date)") && e.contains("future")),
                    errors::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void restatementKeepsTheOldVersionAndRollsBack(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Importer importer = importer(db);
            ImportResult first = importer.commit(read(importer, HEADER
                    + "2025-11-27,149301205959699.88,144,450,5.1,1050.5\n"
                    + "2025-11-28,149301205959699.88,150,468.75,4.2,\n"), "network.csv", ED, (tx, r) -> { });
            assertEquals(2, first.plan().added());

            ParsedFile restating = read(importer, HEADER
                    + "2025-11-28,149301205959699.88,150,468.75,4.25,\n"
                    + "2025-11-29,149301205959699.88,140,437.5,3.9,\n"
                    + "2025-11-27,149301205959699.88,144,450.00,5.10,1050.50\n");
            ImportPreview preview = importer.preview(restating);
            assertEquals(1, preview.plan().added());
            assertEquals(1, preview.plan().changed());
            assertEquals(1, preview.plan().unchanged());
            RowChange change = preview.plan().changedSample().get(0);
            assertEquals("2025-11-28", change.subject());
            assertEquals(List.of(new FieldChange("fees_btc", "4.2", "4.25")), change.fields());

            ImportResult second = importer.commit(restating, "network-restated.csv", ED, (tx, r) -> { });
            assertEquals(4, db.dsl().fetchCount(NETWORK_DAYS));
            assertEquals(0, new BigDecimal("4.25").compareTo(currentFees(db, LocalDate.of(2025, 11, 28))));
            List<ImportEntry> log = importer.log(5);
            assertEquals("network days", log.get(0).changes().get(0).subject());
            assertEquals(1, log.get(0).changes().get(0).added());
            assertEquals(1, log.get(0).changes().get(0).existed());

            ImportRollback rollback = new ImportRollback(db, new Fmt(ZoneOffset.UTC), CLOCK);
            RollbackCheck blocked = rollback.check(first.importId()).orElseThrow();
            assertFalse(blocked.possible(), "the later restatement stands on the first import");
            assertEquals(second.importId(), blocked.later().get(0).id());

            rollback.rollback(second.importId(), "Ed Itor", (tx, e) -> { });
            assertEquals(2, db.dsl().fetchCount(NETWORK_DAYS));
            assertEquals(new BigDecimal("4.2"), currentFees(db, LocalDate.of(2025, 11, 28)).stripTrailingZeros());
            assertTrue(rollback.check(first.importId()).orElseThrow().possible());
        }
    }

    @Test
    void aFormSaveIsAnEntryOfItsOwnAndAnUnchangedOneIsNone() {
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            var row = NetworkDayKind.row(LocalDate.of(2025, 11, 28), new BigDecimal("149301205959699.88"), 150,
                    new BigDecimal("468.75"), new BigDecimal("4.2"), null, null, false);
            LedgerSave.Saved saved = LedgerSave.form(db, CLOCK, ED, NetworkDayKind.KIND, row);
            assertTrue(saved.entryId().isPresent());
            assertEquals("network days form", importer(db).log(1).get(0).source());
            assertTrue(LedgerSave.form(db, CLOCK, ED, NetworkDayKind.KIND, row).entryId().isEmpty());
        }
    }

    private static BigDecimal currentFees(Database db, LocalDate day) {
        return db.dsl().select(NETWORK_DAYS.FEES_BTC).from(NETWORK_DAYS).where(NETWORK_DAYS.UTC_DAY.eq(day))
                .and(NETWORK_DAYS.IS_CURRENT.isTrue()).fetchOne(NETWORK_DAYS.FEES_BTC);
    }
}
