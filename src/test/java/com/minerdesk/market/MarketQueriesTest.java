package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The derived weekly, sector and economics figures, on H2 and on a real PostgreSQL. */
class MarketQueriesTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);

    static java.util.stream.Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static BigDecimal pct(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void referenceWeekFiguresAreDerivedFromDailyBars(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MarketData market = MarketData.over(db.dsl());
            assertEquals(REFERENCE, market.weeks().latestTradingDay().orElseThrow());

            SectorWeek s = market.weeks().sector(REFERENCE).orElseThrow();
            assertEquals(4, s.tradingDays());
            assertEquals(34, s.companies());
            assertEquals(6, s.gainers());
            assertEquals(28, s.decliners());
            assertEquals(69_120_000_000L, s.capStart());
            assertEquals(67_890_000_000L, s.capEndCompared());
            assertEquals(67_890_000_000L, s.capEnd());
            assertEquals(34, s.compared(), "like with like: every company has a close in both weeks");
            assertEquals(0, s.leftOut());
            assertEquals(-1_230_000_000L, s.capChange());
            assertEquals(new BigDecimal("-1.78"), pct(s.capChangePct()));
            // dollar volume is computed from whole shares at each close: within a few hundred dollars
            assertTrue(new BigDecimal("413500000").subtract(s.dollarVolumeFirstDay()).abs().compareTo(new BigDecimal("1000")) < 0,
                    s.dollarVolumeFirstDay().toPlainString());
            assertTrue(new BigDecimal("307350000").subtract(s.dollarVolumeLastDay()).abs().compareTo(new BigDecimal("1000")) < 0,
                    s.dollarVolumeLastDay().toPlainString());
            assertEquals(new BigDecimal("-25.67"), pct(s.dollarVolumeChangePct()));
            assertTrue(s.weekShares().signum() > 0);

            List<CompanyWeek> table = market.weeks().table(REFERENCE, WeekSort.CHANGE, false);
            assertEquals("APLD", table.get(0).ticker());
            assertEquals(new BigDecimal("15.20"), pct(table.get(0).change()));
            assertEquals(1, table.get(0).rank());
            CompanyWeek abtc = table.get(table.size() - 1);
            assertEquals("ABTC", abtc.ticker());
            assertEquals(0, new BigDecimal("5.75").compareTo(abtc.previousClose()), "the previous Friday's close");
            assertEquals(0, new BigDecimal("2.23").compareTo(abtc.close()));
            assertEquals(0, abtc.close().multiply(abtc.shares()).compareTo(abtc.close().multiply(abtc.shares())));
            assertEquals(new BigDecimal("-61.22"), pct(abtc.change()));
            assertEquals(34, abtc.rank());
            CompanyWeek corz = table.stream().filter(r -> r.ticker().equals("CORZ")).findFirst().orElseThrow();
            assertEquals(new BigDecimal("1.30"), pct(corz.change()));

            List<CompanyWeek> byTicker = market.weeks().table(REFERENCE, WeekSort.TICKER, true);
            assertEquals("ABTC", byTicker.get(0).ticker());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void weeksEconomicsAndPivotsWorkOnEveryDatabase(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MarketData market = MarketData.over(db.dsl());
            List<WeekSummary> weeks = market.weeks().allWeeks();
            assertEquals(12, weeks.size());
            assertEquals(REFERENCE, weeks.get(0).weekEnd());
            assertNull(weeks.get(weeks.size() - 1).capStart(), "the first week has no previous week");
            assertEquals(12, market.weeks().recentWeeks(REFERENCE, 12).size());

            EconomicsWeek e = market.economics().week(REFERENCE).orElseThrow();
            assertEquals(0, new BigDecimal("90000").compareTo(e.btcClose()));
            assertEquals(0, new BigDecimal("91020").compareTo(e.btcHigh()));
            assertTrue(e.hashrateEhs().compareTo(new BigDecimal("1000")) > 0);
            assertEquals(new BigDecimal("17.11"), pct(e.cashMargin()));
            assertEquals(new BigDecimal("-53.11"), pct(e.allinMargin()));

            assertEquals(11, market.pivots().all().size());
            assertEquals("Corintis", market.pivots().list("APLD", null, 10).get(0).counterparty());

            Company abtc = market.companies().byTicker("ABTC").orElseThrow();
            assertEquals(12, market.companies().weeklyHistory(abtc, 52).size());
            assertEquals(59, market.companies().allDailyBars(abtc).size());
        }
    }
}
