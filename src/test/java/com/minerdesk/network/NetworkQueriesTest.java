package com.minerdesk.network;

import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.LedgerSave;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The network queries on H2 and PostgreSQL: the same figures from the same stored days. */
class NetworkQueriesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-02T12:00:00Z"), ZoneOffset.UTC);
    private static final ImportActor ED = new ImportActor(null, "Ed Itor");
    private static final BigDecimal D = new BigDecimal("100000000000000");

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static void day(Database db, String day, String fees, String hashrate) {
        LedgerSave.rows(db, CLOCK, ED, "test", NetworkDayKind.KIND, List.of(NetworkDayKind.row(LocalDate.parse(day), D, 144,
                new BigDecimal("450"), new BigDecimal(fees), hashrate == null ? null : new BigDecimal(hashrate), null, false)));
    }

    private static void close(BigDecimal expected, BigDecimal actual, double tolerance) {
        assertTrue(Math.abs(expected.doubleValue() - actual.doubleValue()) < tolerance, expected + " ≈ " + actual);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void hashpriceHashvalueAndEstimatedHashRateFromFirstPrinciples(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            db.dsl().insertInto(SECTOR_METRICS).values(LocalDate.of(2025, 11, 28), new BigDecimal("100000"), new BigDecimal("1000"),
                    new BigDecimal("70000"), new BigDecimal("130000")).execute();
            day(db, "2025-11-28", "0", null);
            day(db, "2025-12-01", "4.5", "1000");
            day(db, "2025-12-02", "0", null);
            day(db, "2025-12-02", "9", null);
            NetworkQueries q = new NetworkQueries(db.dsl());
            assertEquals(LocalDate.of(2025, 12, 2), q.latestDay().orElseThrow());
            List<NetworkDay> days = q.days(null, null);
            assertEquals(3, days.size());

            NetworkDay friday = days.get(0);
            close(new BigDecimal("715.827882667"), friday.hashrateEhs(), 1e-6);
            assertTrue(friday.hashrateEstimated());
            close(new BigDecimal("62.8643"), friday.hashpriceUsdPerPhDay(), 1e-4);
            close(new BigDecimal("0.000628643"), friday.hashvalueBtcPerPhDay(), 1e-9);
            close(new BigDecimal("0.628643"), friday.benchmarkBtcPerEhDay(), 1e-6);
            assertEquals(0, BigDecimal.ZERO.compareTo(friday.feeShare().setScale(6, java.math.RoundingMode.HALF_UP)));

            NetworkDay monday = days.get(1);
            assertFalse(monday.hashrateEstimated());
            assertEquals(0, new BigDecimal("1000").compareTo(monday.hashrateReportedEhs()));
            close(new BigDecimal("45.45"), monday.hashpriceUsdPerPhDay(), 1e-9);
            assertEquals(LocalDate.of(2025, 11, 28), monday.priceDate(), "Friday's price, three days back");
            close(new BigDecimal("0.00990099"), monday.feeShare(), 1e-8);

            NetworkDay tuesday = days.get(2);
            assertNull(tuesday.btcPriceUsd(), "four days after the last price: none");
            assertNull(tuesday.hashpriceUsdPerPhDay());
            assertEquals(2, tuesday.version());
            NetworkQueries.Replaced was = q.replaced(List.of(tuesday.day())).get(tuesday.day());
            assertEquals(0, BigDecimal.ZERO.compareTo(was.feesBtc()));
            assertEquals(LocalDate.of(2025, 12, 2), was.restatedOn());
            assertTrue(q.replaced(List.of(friday.day())).isEmpty());
        }
    }
}
