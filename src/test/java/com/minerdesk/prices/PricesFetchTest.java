package com.minerdesk.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.desk.imports.ImportEntry;
import com.minerdesk.desk.imports.Importer;
import com.minerdesk.fetch.FetchSummary;
import com.minerdesk.testing.FakeJsonSource;
import com.minerdesk.testing.TestApp;
import com.minerdesk.web.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Daily bars from Tiingo and Massive (local servers in their formats) through the desk's import. */
class PricesFetchTest {
    static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 3);
    TestApp app;
    FakeJsonSource source;

    @BeforeEach
    void start() {
        app = TestApp.withDemoData();
        source = new FakeJsonSource();
    }

    @AfterEach
    void stop() {
        source.close();
        app.close();
    }

    PricesFetch fetcher(String provider) {
        PricesSettings settings = PricesSettings.from(Map.of("PRICES_PROVIDER", provider, "PRICES_API_KEY", "k123",
                "PRICES_BASE_URL", source.url()));
        return new PricesFetch(app.db, settings, Clock.systemUTC(), Duration.ofMillis(10), Duration.ofSeconds(2));
    }

    FetchSummary run(String provider, String... tickers) {
        return fetcher(provider).run(Set.of(tickers), FROM, TO, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    static String tiingo(String date, String open, String high, String low, String close, long volume, String split) {
        return "{\"date\":\"" + date + "T00:00:00.000Z\",\"open\":" + open + ",\"high\":" + high + ",\"low\":" + low
                + ",\"close\":" + close + ",\"volume\":" + volume + ",\"adjClose\":" + close + ",\"divCash\":0.0,\"splitFactor\":"
                + split + "}";
    }

    String companyCsv(String ticker) {
        return app.get("/companies/" + ticker + ".csv").body();
    }

    @Test
    void tiingoBarsAreImportedAsTradedWithTheirShareVolumeAndLoggedForRollback() {
        source.fail("/tiingo/daily/abtc/prices", 429, "1", 1);
        source.serve("/tiingo/daily/abtc/prices", "[" + tiingo("2025-12-01", "2.25", "2.40", "2.10", "2.31", 4_200_000, "1.0")
                + "," + tiingo("2025-12-02", "2.31", "2.35", "2.50", "2.33", 3_900_000, "1.0")
                + "," + tiingo("2025-12-03", "2.33", "2.60", "2.30", "2.55", 5_100_000, "1.0") + "]");
        source.serve("/tiingo/daily/apld/prices", "{\"detail\":\"Error: Ticker 'APLD' not found\"}");

        FetchSummary s = run("tiingo", "ABTC", "APLD");

        assertEquals(3, s.fetched(), s.toString());
        assertEquals(2, s.added(), "the bar whose high is under its low is refused, the others land");
        assertEquals(1, s.refused());
        assertTrue(s.problems().stream().anyMatch(p -> p.startsWith("refused 2025-12-02,ABTC")), s.problems().toString());
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("APLD: tiingo answered Error: Ticker 'APLD' not found")),
                s.problems().toString());
        String csv = companyCsv("ABTC");
        assertTrue(csv.contains("2025-12-01,ABTC,2.25,2.40,2.10,2.31,4200000"), csv);
        assertTrue(csv.contains("2025-12-03,ABTC,2.33,2.60,2.30,2.55,5100000"), csv);
        assertTrue(!csv.contains("2025-12-02,ABTC"), "never invented or half-read");
        assertTrue(source.hits.stream().allMatch(h -> "Token k123".equals(h.authorization())));

        ImportEntry entry = new Importer(app.db, new Fmt(ZoneOffset.UTC), Clock.systemUTC()).log(1).get(0);
        assertEquals("fetch prices (tiingo)", entry.userName());
        assertEquals("fetch prices tiingo 2025-12-01 to 2025-12-03", entry.fileName());
    }

    @Test
    void aSplitIsReportedAndTheBarsStayAsTraded() {
        source.serve("/tiingo/daily/corz/prices", "[" + tiingo("2025-12-01", "8.10", "8.40", "8.00", "8.20", 1_000_000, "2.0") + "]");
        FetchSummary s = run("tiingo", "CORZ");
        assertEquals(1, s.added());
        assertTrue(s.problems().contains("CORZ 2025-12-01: split 2 for 1; earlier bars stay as traded"), s.problems().toString());
    }

    @Test
    void massiveAggregatesAreReadByTheirNewYorkDayAndAnErrorWithStatus200IsReported() {
        // 2025-12-01 00:00 in New York is 05:00 UTC
        long monday = LocalDate.of(2025, 12, 1).atStartOfDay(java.time.ZoneId.of("America/New_York")).toInstant().toEpochMilli();
        source.serve("/v2/aggs/ticker/ABTC/range/1/day/2025-12-01/2025-12-03", "{\"status\":\"OK\",\"resultsCount\":1,"
                + "\"results\":[{\"t\":" + monday + ",\"o\":2.25,\"h\":2.4,\"l\":2.1,\"c\":2.31,\"v\":4200000}]}");
        source.serve("/v2/aggs/ticker/APLD/range/1/day/2025-12-01/2025-12-03",
                "{\"status\":\"ERROR\",\"error\":\"Unknown API Key\"}");
        FetchSummary s = run("massive", "ABTC", "APLD");
        assertEquals(1, s.added(), s.toString());
        assertTrue(companyCsv("ABTC").contains("2025-12-01,ABTC,2.25,2.40,2.10,2.31,4200000"), companyCsv("ABTC"));
        assertEquals(List.of("APLD: massive answered ERROR Unknown API Key"), s.problems());
        assertTrue(source.hits.stream().allMatch(h -> "Bearer k123".equals(h.authorization())));
    }

    @Test
    void aProviderThatAnswersNobodyFailsTheRunAndImportsNothing() {
        source.fail("/tiingo/daily/abtc/prices", 503, null, 100);
        String before = companyCsv("ABTC");
        FetchSummary s = run("tiingo", "ABTC");
        assertTrue(s.failed());
        assertEquals(before, companyCsv("ABTC"));
    }

    @Test
    void settingsNameWhatIsMissing() {
        assertTrue(PricesSettings.from(Map.of()).problem().startsWith("PRICES_PROVIDER must be tiingo or massive"));
        assertTrue(PricesSettings.from(Map.of("PRICES_PROVIDER", "tiingo")).problem().startsWith("PRICES_API_KEY"));
        assertEquals("https://api.tiingo.com", PricesSettings.from(Map.of("PRICES_PROVIDER", "tiingo")).baseUrl());
    }
}
