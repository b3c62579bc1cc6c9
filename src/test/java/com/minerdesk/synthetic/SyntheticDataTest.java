package com.minerdesk.synthetic;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_REVISIONS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TERMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.writeups.WriteupRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The large sample data set: what it holds, that it is flagged as sample, and that it never touches data. */
class SyntheticDataTest {
    static final WriteupRenderer RENDERER = WriteupRenderer.forSite("http://minerdesk.test");

    static java.util.stream.Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fillsAnEmptyDatabaseWithTheFactsSheetCompaniesAndMadeUpOnes(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            long versionBefore = db.contentVersion().current();
            SyntheticData.Summary s = SyntheticData.fill(db, new SyntheticOptions(30, 40, 90), RENDERER, null);

            assertEquals(40, s.companies());
            List<String> tickers = db.dsl().select(COMPANIES.TICKER).from(COMPANIES).orderBy(COMPANIES.ID).fetch(COMPANIES.TICKER);
            assertEquals(40, tickers.size());
            assertEquals(List.of("ABTC", "APLD", "CORZ"), tickers.subList(0, 3));
            assertTrue(tickers.contains("NB2"));
            assertEquals("SY001", tickers.get(34));
            assertEquals("SY006", tickers.get(39));

            List<LocalDate> days = db.dsl().selectDistinct(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                    .orderBy(DAILY_BARS.TRADE_DATE).fetch(DAILY_BARS.TRADE_DATE);
            assertEquals(SyntheticData.LAST_DAY, days.get(days.size() - 1));
            assertEquals(LocalDate.of(2025, 5, 5), days.get(0), "30 market weeks back to a Monday");
            assertTrue(days.stream().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY));
            assertFalse(days.contains(LocalDate.of(2025, 11, 27)), "Thanksgiving");
            assertFalse(days.contains(LocalDate.of(2025, 7, 4)), "Independence Day");
            assertEquals(s.bars(), db.dsl().fetchCount(DAILY_BARS));
            assertEquals(30, db.dsl().fetchCount(SECTOR_METRICS));
            assertEquals(10, db.dsl().fetchCount(PIVOT_EVENTS));

            assertEquals(90, db.dsl().fetchCount(WRITEUPS, WRITEUPS.STATUS.eq("published")));
            List<LocalDate> weekEnds = db.dsl().selectDistinct(WRITEUPS.WEEK_END).from(WRITEUPS).orderBy(WRITEUPS.WEEK_END)
                    .fetch(WRITEUPS.WEEK_END);
            assertEquals(30, weekEnds.size(), "three write-ups a week over the thirty weeks");
            assertEquals(SyntheticData.LAST_DAY, weekEnds.get(weekEnds.size() - 1));
            String body = db.dsl().select(WRITEUPS.BODY_MARKDOWN).from(WRITEUPS).limit(1).fetchOne(WRITEUPS.BODY_MARKDOWN);
            assertTrue(body.contains("{{sector.marketcap}}") && body.matches("(?s).*\\{\\{[A-Z0-9]+\\.change}}.*"), body);
            assertTrue(body.startsWith("*Sample text generated for load testing"), body);
            assertEquals(90, db.dsl().fetchCount(WRITEUP_REVISIONS));
            assertTrue(db.dsl().fetchCount(WRITEUP_TERMS) > 90 * 40, "every write-up is in the search index");
            assertTrue(db.dsl().fetchCount(WRITEUP_TAGS) >= 90);

            assertTrue(db.contentVersion().demoData(), "pages say the data are samples");
            assertTrue(db.contentVersion().current() > versionBefore);

            MarketData market = MarketData.over(db.dsl());
            SectorWeek reference = market.weeks().sector(SyntheticData.LAST_DAY).orElseThrow();
            assertEquals(4, reference.tradingDays());
            assertEquals(40, reference.companies() + market.weeks().allCompaniesIn(SyntheticData.LAST_DAY).stream()
                    .filter(r -> !r.hasData()).count(), "companies listed later may have no bars yet");
            assertTrue(reference.gainers() + reference.decliners() > 30);
            assertTrue(market.economics().week(SyntheticData.LAST_DAY).orElseThrow().btcClose().intValue() > 80_000);
        }
    }

    @Test
    void theSameOptionsGiveTheSameData() {
        try (Database a = TestDatabases.freshH2(); Database b = TestDatabases.freshH2()) {
            SyntheticData.fill(a, new SyntheticOptions(8, 36, 0), RENDERER, null);
            SyntheticData.fill(b, new SyntheticOptions(8, 36, 0), RENDERER, null);
            assertEquals(closes(a), closes(b));
        }
    }

    private static List<?> closes(Database db) {
        return db.dsl().select(DAILY_BARS.CLOSE_PRICE).from(DAILY_BARS)
                .join(COMPANIES).on(COMPANIES.ID.eq(DAILY_BARS.COMPANY_ID))
                .orderBy(COMPANIES.TICKER, DAILY_BARS.TRADE_DATE)
                .fetch(DAILY_BARS.CLOSE_PRICE);
    }

    @Test
    void aDatabaseWithDataIsRefusedUntouched() {
        try (Database db = TestDatabases.freshH2()) {
            DemoData.loadIfEmpty(db);
            int bars = db.dsl().fetchCount(DAILY_BARS);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SyntheticData.fill(db, new SyntheticOptions(10, 40, 0), RENDERER, null));
            assertTrue(e.getMessage().startsWith("The database is not empty (34 companies, "), e.getMessage());
            assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
            assertEquals(bars, db.dsl().fetchCount(DAILY_BARS));
        }
    }

    @Test
    void theCommandShowsProgressAndASummary() {
        String url = "jdbc:h2:mem:synthetic-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCommand.run(com.minerdesk.app.Config.from(java.util.Map.of("DATABASE_URL", url, "BASE_URL", "http://minerdesk.test")),
                new String[] {"--weeks", "6", "--companies=35", "--writeups", "12"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("synthetic: daily bars"), printed);
        assertTrue(printed.contains("35 companies"), printed);
        assertTrue(printed.contains("12 write-ups"), printed);
        try (Database db = Database.open(url, "sa", "")) {
            assertEquals(35, db.dsl().fetchCount(COMPANIES));
            assertEquals(12, db.dsl().fetchCount(WRITEUPS));
            assertTrue(db.dsl().fetchCount(WRITEUP_COMPANIES) >= 12, "the site's renderer links the companies mentioned");
            String html = db.dsl().select(WRITEUPS.BODY_HTML).from(WRITEUPS).limit(1).fetchOne(WRITEUPS.BODY_HTML);
            assertFalse(html.contains("{{"), "placeholders became live-data markers: " + html);
        }
    }

    @Test
    void optionsAreCheckedWithPlainMessages() {
        assertEquals(new SyntheticOptions(520, 100, 5000), SyntheticOptions.parse(new String[0]));
        assertEquals(new SyntheticOptions(52, 40, 10),
                SyntheticOptions.parse(new String[] {"--weeks", "52", "--companies=40", "--writeups", "10"}));
        assertEquals("--weeks must be a whole number, got 'ten'",
                assertThrows(IllegalArgumentException.class, () -> SyntheticOptions.parse(new String[] {"--weeks", "ten"})).getMessage());
        assertEquals("--companies must be between 1 and 1000, got 0",
                assertThrows(IllegalArgumentException.class, () -> SyntheticOptions.parse(new String[] {"--companies", "0"})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SyntheticOptions.parse(new String[] {"--years", "3"}))
                .getMessage().startsWith("Unknown option --years"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SyntheticOptions.parse(new String[] {"weeks"}))
                .getMessage().startsWith("Usage: synthetic"));
    }
}
