package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.NOT_TRADING_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Week names, navigation and completeness from the week queries, on H2 and on a real PostgreSQL. */
class WeekNamesQueriesTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);
    static final LocalDate MON = LocalDate.of(2025, 12, 1);
    static final LocalDate NEXT = LocalDate.of(2025, 12, 5);

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    static long id(DSLContext dsl, String ticker) {
        return dsl.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq(ticker)).fetchSingle(COMPANIES.ID);
    }

    static void bar(Database db, String ticker, LocalDate day) {
        BigDecimal p = new BigDecimal("2.40");
        db.writeVoid(tx -> tx.insertInto(DAILY_BARS)
                .set(DAILY_BARS.COMPANY_ID, id(tx, ticker)).set(DAILY_BARS.TRADE_DATE, day)
                .set(DAILY_BARS.OPEN_PRICE, p).set(DAILY_BARS.HIGH_PRICE, p).set(DAILY_BARS.LOW_PRICE, p)
                .set(DAILY_BARS.CLOSE_PRICE, p).set(DAILY_BARS.VOLUME_SHARES, 1_000_000L)
                .set(DAILY_BARS.MARKET_CAP_USD, 2_000_000_000L).execute());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWeekKeepsItsNameFromItsFirstBarAndIsCompleteOnlyWhenEveryListedCompanyReported(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            WeekQueries weeks = MarketData.over(db.dsl()).weeks();
            assertEquals(Optional.of(REFERENCE), weeks.weekEndOf(LocalDate.of(2025, 11, 27)), "Thanksgiving week: its Friday");
            assertEquals(Optional.of(REFERENCE), weeks.latestWeeks().complete());
            assertEquals(Optional.empty(), weeks.latestWeeks().inProgress());
            assertTrue(weeks.progress(REFERENCE).complete());
            assertEquals(4, weeks.progress(REFERENCE).scheduledDays().size());

            bar(db, "ABTC", MON);
            bar(db, "APLD", MON);
            for (LocalDate day = MON; !day.isAfter(MON.plusDays(6)); day = day.plusDays(1)) {
                assertEquals(Optional.of(NEXT), weeks.weekEndOf(day), "every day of the week names it: " + day);
            }
            assertEquals(Optional.of(NEXT), weeks.nextWeekEnd(REFERENCE));
            assertEquals(Optional.of(REFERENCE), weeks.previousWeekEnd(NEXT));
            assertEquals(NEXT, weeks.weekEnds().get(0));
            assertEquals(NEXT, weeks.allWeeks().get(0).weekEnd());
            assertEquals(NEXT, weeks.sector(NEXT).orElseThrow().weekEnd());
            assertEquals(Optional.of(REFERENCE), weeks.latestShownWeek());
            assertEquals(Optional.of(REFERENCE), weeks.latestCompleteWeek(LocalDate.MAX));
            assertEquals(Optional.of(REFERENCE), weeks.latestCompleteWeek(REFERENCE));
            assertEquals(Optional.of(LocalDate.of(2025, 11, 21)), weeks.latestCompleteWeek(LocalDate.of(2025, 11, 27)));
            WeekProgress p = weeks.latestWeeks().inProgress().orElseThrow();
            assertEquals(NEXT, p.weekEnd());
            assertEquals(MON, p.reportedThrough());
            assertEquals(List.of("ABTC", "APLD"), p.reported());
            assertEquals(34, p.listed());
            assertFalse(p.complete());

            bar(db, "ABTC", MON.plusDays(1));
            assertEquals(Optional.of(NEXT), weeks.weekEndOf(MON.plusDays(1)), "the name does not move with the bars");
            WeekProgress tuesday = weeks.progress(NEXT);
            assertEquals(MON.plusDays(1), tuesday.reportedThrough());
            assertEquals(List.of("ABTC"), tuesday.reported());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void notTradingMarksAndListingDatesCloseTheGapsOfAWeek(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            WeekQueries weeks = MarketData.over(db.dsl()).weeks();
            LocalDate wednesday = LocalDate.of(2025, 11, 26);
            db.writeVoid(tx -> tx.deleteFrom(DAILY_BARS).where(DAILY_BARS.COMPANY_ID.eq(id(tx, "CORZ")))
                    .and(DAILY_BARS.TRADE_DATE.eq(wednesday)).execute());
            db.writeVoid(tx -> tx.deleteFrom(DAILY_BARS).where(DAILY_BARS.COMPANY_ID.eq(id(tx, "SLNH")))
                    .and(DAILY_BARS.TRADE_DATE.ge(wednesday)).execute());
            assertEquals(List.of("CORZ", "SLNH"), weeks.progress(REFERENCE).missing());
            assertEquals(Optional.of(LocalDate.of(2025, 11, 21)), weeks.latestWeeks().complete());
            assertEquals(REFERENCE, weeks.latestWeeks().inProgress().orElseThrow().weekEnd());

            db.writeVoid(tx -> tx.insertInto(NOT_TRADING_DAYS)
                    .set(NOT_TRADING_DAYS.COMPANY_ID, id(tx, "CORZ")).set(NOT_TRADING_DAYS.TRADE_DATE, wednesday)
                    .set(NOT_TRADING_DAYS.REASON, "Halted").set(NOT_TRADING_DAYS.MARKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .execute());
            assertEquals(List.of("SLNH"), weeks.progress(REFERENCE).missing());

            db.writeVoid(tx -> tx.update(COMPANIES).set(COMPANIES.LISTED_UNTIL, LocalDate.of(2025, 11, 25))
                    .where(COMPANIES.TICKER.eq("SLNH")).execute());
            assertTrue(weeks.progress(REFERENCE).complete());
            assertEquals(Optional.of(REFERENCE), weeks.latestWeeks().complete());
            assertEquals(34, weeks.progress(REFERENCE).listed(), "SLNH was listed on Mon and Tue of the week");
            assertEquals(0, weeks.progress(LocalDate.of(2025, 12, 5)).listed(), "a week without bars has reported nothing");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void whileNoWeekIsCompleteTheNewestIsShownAsInProgress(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            db.writeVoid(tx -> tx.deleteFrom(DAILY_BARS).where(DAILY_BARS.COMPANY_ID.eq(id(tx, "CORZ")))
                    .and(DAILY_BARS.TRADE_DATE.eq(LocalDate.of(2025, 9, 8))).execute());
            db.writeVoid(tx -> tx.deleteFrom(DAILY_BARS).where(DAILY_BARS.COMPANY_ID.ne(id(tx, "CORZ")))
                    .and(DAILY_BARS.TRADE_DATE.gt(LocalDate.of(2025, 9, 8))).execute());
            WeekQueries weeks = MarketData.over(db.dsl()).weeks();
            LatestWeeks latest = weeks.latestWeeks();
            assertEquals(Optional.empty(), latest.complete(), "every week misses a company somewhere");
            assertEquals(Optional.of(REFERENCE), latest.shown(), "the newest week with bars, read back over two rounds");
            assertEquals(REFERENCE, latest.inProgress().orElseThrow().weekEnd());
            assertEquals(List.of("CORZ"), latest.inProgress().orElseThrow().reported());
        }
    }
}
