package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.SHARES_OUTSTANDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The definitions on hand-made bars, on H2 and on PostgreSQL: the change is close over the previous
 * market week's close, dollar volume is close × shares per day, a missing cap is close × the shares
 * outstanding in force that day, and the sector compares like with like.
 */
class WeeklyChangesTest {
    static final LocalDate FRI_1 = LocalDate.of(2025, 11, 21);
    static final LocalDate MON_2 = LocalDate.of(2025, 11, 24);
    static final LocalDate FRI_2 = LocalDate.of(2025, 11, 28);

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    private static long company(DSLContext tx, String ticker) {
        return tx.insertInto(COMPANIES).set(COMPANIES.TICKER, ticker).set(COMPANIES.NAME, ticker + " Inc.")
                .set(COMPANIES.EXCHANGE, "Nasdaq").returning(COMPANIES.ID).fetchOne(COMPANIES.ID);
    }

    private static void bar(DSLContext tx, long company, LocalDate day, String open, String close, long shares, Long cap) {
        BigDecimal o = new BigDecimal(open);
        BigDecimal c = new BigDecimal(close);
        tx.insertInto(DAILY_BARS).set(DAILY_BARS.COMPANY_ID, company).set(DAILY_BARS.TRADE_DATE, day)
                .set(DAILY_BARS.OPEN_PRICE, o).set(DAILY_BARS.HIGH_PRICE, o.max(c)).set(DAILY_BARS.LOW_PRICE, o.min(c))
                .set(DAILY_BARS.CLOSE_PRICE, c).set(DAILY_BARS.VOLUME_SHARES, shares).set(DAILY_BARS.MARKET_CAP_USD, cap)
                .execute();
    }

    private static void shares(DSLContext tx, long company, LocalDate asOf, long shares) {
        tx.insertInto(SHARES_OUTSTANDING).set(SHARES_OUTSTANDING.COMPANY_ID, company).set(SHARES_OUTSTANDING.AS_OF, asOf)
                .set(SHARES_OUTSTANDING.SHARES, shares).set(SHARES_OUTSTANDING.SOURCE, "test").execute();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesVolumesAndCapsFollowTheirDefinitions(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            db.writeVoid(tx -> {
                long a = company(tx, "AAA");
                long b = company(tx, "BBB");
                long c = company(tx, "CCC");
                // AAA: caps computed; 1,000 shares outstanding, 2,000 from the Wednesday of week 2
                shares(tx, a, LocalDate.of(2025, 1, 1), 1_000);
                shares(tx, a, LocalDate.of(2025, 11, 26), 2_000);
                bar(tx, a, FRI_1, "9.00", "10.00", 100, null);
                bar(tx, a, MON_2, "11.00", "12.00", 10, null);
                bar(tx, a, FRI_2, "12.00", "8.00", 20, null);
                // BBB: first bar in week 2, imported caps
                bar(tx, b, FRI_2, "5.00", "6.00", 1_000, 600_000L);
                // CCC: a cap in week 1, none in week 2 and no shares outstanding
                bar(tx, c, FRI_1, "1.00", "1.00", 1, 50_000L);
                bar(tx, c, FRI_2, "1.00", "2.00", 1, null);
            });
            MarketData market = MarketData.over(db.dsl());
            List<CompanyWeek> table = market.weeks().table(FRI_2, WeekSort.TICKER, true);
            CompanyWeek a = table.get(0);
            assertEquals(0, new BigDecimal("10.00").compareTo(a.previousClose()));
            assertEquals(0, new BigDecimal("-0.2").compareTo(a.change()), "8 over the previous Friday's 10, not over the open 11");
            assertEquals(0, new BigDecimal("30").compareTo(a.shares()));
            assertEquals(0, new BigDecimal("280").compareTo(a.dollarVolume()), "12 × 10 + 8 × 20");
            assertEquals(16_000L, a.marketCap(), "8 × the 2,000 shares in force on Friday");
            assertEquals(10_000L, a.previousCap(), "10 × the 1,000 shares in force the week before");
            assertTrue(a.capComputed());
            CompanyWeek b = table.get(1);
            assertNull(b.previousClose());
            assertNull(b.change(), "no bar in the previous week: no change");
            assertEquals(600_000L, b.marketCap());
            assertFalse(b.capComputed());
            CompanyWeek c = table.get(2);
            assertEquals(0, BigDecimal.ONE.compareTo(c.change()));
            assertNull(c.marketCap(), "neither imported nor computable");

            SectorWeek s = market.weeks().sector(FRI_2).orElseThrow();
            assertEquals(3, s.companies());
            assertEquals(2, s.previousCompanies());
            assertEquals(1, s.compared(), "only AAA has a cap at both closes");
            assertEquals(3, s.leftOut());
            assertEquals(10_000L, s.capStart());
            assertEquals(16_000L, s.capEndCompared());
            assertEquals(616_000L, s.capEnd(), "the headline cap is every cap this week");
            assertEquals(0, new BigDecimal("0.6").compareTo(s.capChangePct()));
            assertEquals(1, s.gainers(), "CCC doubled");
            assertEquals(1, s.decliners(), "AAA fell; BBB has no change");
            assertEquals(1, s.capsComputed());
            assertEquals(0, new BigDecimal("6162").compareTo(s.dollarVolumeLastDay()), "8 × 20 + 6 × 1,000 + 2 × 1");

            Company aaa = market.companies().byTicker("AAA").orElseThrow();
            List<CompanyWeek> history = market.companies().weeklyHistory(aaa, 2);
            assertEquals(2, history.size());
            assertEquals(0, new BigDecimal("-0.2").compareTo(history.get(0).change()));
            assertNull(history.get(1).change(), "the first week has nothing before it");
            List<DailyRow> days = market.companies().dailyRows(aaa, FRI_1, FRI_2);
            assertEquals(List.of(10_000L, 12_000L, 16_000L), days.stream().map(DailyRow::marketCap).toList());
            assertEquals(List.of(2_000L, 1_000L), market.companies().sharesOutstanding(aaa).stream()
                    .map(SharesOutstanding::shares).toList());
            assertNull(market.companies().allDailyBars(aaa).get(0).marketCap(), "stored as imported: no cap");
            List<WeekSummary> weeks = market.weeks().allWeeks();
            assertEquals(List.of(1, 0), weeks.stream().map(WeekSummary::compared).toList());
            assertEquals(0, new BigDecimal("0.6").compareTo(weeks.get(0).capChangePct()));
            assertNull(weeks.get(1).capStart());
        }
    }
}
