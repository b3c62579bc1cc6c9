package com.minerdesk.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production reads on H2 and PostgreSQL: current versions, the month before, restatements, the network's month. */
class ProductionQueriesTest {
    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static void near(double expected, BigDecimal actual) {
        assertEquals(expected, actual.doubleValue(), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void figuresComeFromTheCurrentVersionsAndTheNetworksMonth(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            ProductionFixture.load(db);
            ProductionQueries q = new ProductionQueries(db.dsl());
            assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 10), YearMonth.of(2025, 9)), q.months());
            assertEquals(YearMonth.of(2025, 10), q.latestComplete().orElseThrow());
            NetworkMonth oct = q.network(YearMonth.of(2025, 10));
            near(14_089.5, oct.rewardBtc());
            near(1_000, oct.avgEhs());
            assertFalse(q.network(YearMonth.of(2025, 11)).complete());

            List<CompanyMonth> rows = q.month(YearMonth.of(2025, 10));
            assertEquals(List.of("CLSK", "MARA"), rows.stream().map(CompanyMonth::ticker).toList());
            CompanyMonth mara = rows.get(1);
            near(704.475, mara.report().getBtcProduced());
            near(55, mara.avgOperatingEhs().value());
            near(50, mara.realizedEhs().value());
            near(100, mara.hodlChangeBtc().value());
            assertEquals(1, mara.restatements().size());
            Restatement r = mara.restatements().get(0);
            assertEquals("BTC produced", r.figure());
            near(712, r.earlier());
            assertEquals(ProductionFixture.MARA_OCT_FIRST, r.sourceUrl());
            assertEquals(3, q.company(mara.report().getCompanyId()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void networkHashRateIsEstimatedFromDifficultyWhereNoneIsStored(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            db.writeVoid(tx -> ProductionFixture.DAYS.append(tx, ProductionFixture.entry(tx, "network_days"),
                    ProductionFixture.AT, ProductionFixture.networkDays(YearMonth.of(2025, 9), 30, null)));
            NetworkMonth sep = new ProductionQueries(db.dsl()).network(YearMonth.of(2025, 9));
            assertTrue(sep.complete());
            near(1.5e14 * Math.pow(2, 32) * 144 / 86_400 / 1e18, sep.avgEhs());
            assertEquals("30 of 30 days estimated from difficulty and blocks", sep.hashrateBasis());
        }
    }
}
