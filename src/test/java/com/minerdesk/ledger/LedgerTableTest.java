package com.minerdesk.ledger;

import static com.minerdesk.db.generated.Tables.IMPORTS;
import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.NetworkDaysRecord;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Versions on the network-day table, on H2 and PostgreSQL: restate, leave alone, roll back. */
class LedgerTableTest {
    static final LocalDate DAY = LocalDate.of(2025, 11, 3);
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 11, 4, 12, 0, 0, 0, ZoneOffset.UTC);
    static final LedgerTable<NetworkDaysRecord> DAYS = new LedgerTable<>(NETWORK_DAYS,
            List.of(NETWORK_DAYS.UTC_DAY),
            List.of(NETWORK_DAYS.DIFFICULTY, NETWORK_DAYS.BLOCKS, NETWORK_DAYS.SUBSIDY_BTC, NETWORK_DAYS.FEES_BTC,
                    NETWORK_DAYS.HASHRATE_EHS, NETWORK_DAYS.SOURCE_URL, NETWORK_DAYS.PUBLISHED, NETWORK_DAYS.SAMPLE),
            NETWORK_DAYS.VERSION, NETWORK_DAYS.IS_CURRENT, NETWORK_DAYS.IMPORT_ID, NETWORK_DAYS.RECORDED_AT);

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static long entry(DSLContext tx) {
        return tx.insertInto(IMPORTS).set(IMPORTS.IMPORTED_AT, AT).set(IMPORTS.USER_NAME, "test")
                .set(IMPORTS.FILE_NAME, "network.csv").set(IMPORTS.KIND, "network_days").set(IMPORTS.ROWS_TOTAL, 1)
                .set(IMPORTS.ROWS_NEW, 1).set(IMPORTS.ROWS_CHANGED, 0).set(IMPORTS.ROWS_UNCHANGED, 0)
                .set(IMPORTS.WARNINGS, 0).set(IMPORTS.UNDOABLE, true).returning(IMPORTS.ID).fetchOne(IMPORTS.ID);
    }

    private static NetworkDaysRecord day(LocalDate day, String fees) {
        NetworkDaysRecord r = new NetworkDaysRecord();
        r.setUtcDay(day);
        r.setDifficulty(new BigDecimal("152270000000000.00"));
        r.setBlocks(144);
        r.setSubsidyBtc(new BigDecimal("450.00000000"));
        r.setFeesBtc(new BigDecimal(fees));
        r.setSample(false);
        return r;
    }

    private static BigDecimal currentFees(DSLContext dsl) {
        return dsl.select(NETWORK_DAYS.FEES_BTC).from(NETWORK_DAYS)
                .where(NETWORK_DAYS.UTC_DAY.eq(DAY)).and(NETWORK_DAYS.IS_CURRENT.isTrue()).fetchSingle().value1();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRestatementIsANewVersionAndRollingItBackRestoresTheOldOne(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            long first = db.write(tx -> {
                long id = entry(tx);
                assertEquals(new LedgerTable.Appended(2, 0, 0),
                        DAYS.append(tx, id, AT, List.of(day(DAY, "5.1"), day(DAY.plusDays(1), "6"))));
                return id;
            });
            long second = db.write(tx -> {
                long id = entry(tx);
                // the same fees written as 6.00000000 are the same fact; 5.1 becomes 4.9
                assertEquals(new LedgerTable.Appended(0, 1, 1),
                        DAYS.append(tx, id, AT, List.of(day(DAY, "4.9"), day(DAY.plusDays(1), "6.00000000"))));
                return id;
            });
            assertEquals(0, new BigDecimal("4.9").compareTo(currentFees(db.dsl())));
            List<NetworkDaysRecord> history = DAYS.history(db.dsl(), List.of(DAY));
            assertEquals(List.of(2, 1), history.stream().map(NetworkDaysRecord::getVersion).toList());
            assertFalse(history.get(1).getIsCurrent());
            assertTrue(DAYS.wouldChange(db.dsl(), day(DAY, "5.1")));
            assertFalse(DAYS.wouldChange(db.dsl(), day(DAY, "4.90")));

            assertEquals(List.of(second), DAYS.laterEntriesOnSameKeys(db.dsl(), first));
            assertEquals(List.of(), DAYS.laterEntriesOnSameKeys(db.dsl(), second));
            assertEquals(1, (int) db.write(tx -> DAYS.rollback(tx, second)));
            assertEquals(0, new BigDecimal("5.1").compareTo(currentFees(db.dsl())));
            assertEquals(1, db.dsl().fetchCount(NETWORK_DAYS, NETWORK_DAYS.UTC_DAY.eq(DAY).and(NETWORK_DAYS.IS_CURRENT.isTrue())));
            assertEquals(new LedgerTable.Appended(2, 0, 0), DAYS.addedBy(db.dsl(), List.of(first)).get(first));
        }
    }
}
