package com.minerdesk.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.fetch.FetchLog;
import com.minerdesk.fetch.FetchRun;
import com.minerdesk.fetch.FetchSummary;
import com.minerdesk.testing.FakeJsonSource;
import com.minerdesk.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EDGAR source against a local server in EDGAR's formats: what lands in the calendar, its pages and feeds. */
class EdgarFetchTest {
    static final long ABTC_CIK = 1755953;
    static final long APLD_CIK = 1144879;
    static final long CORZ_CIK = 1839341;
    static final String ABTC_8K = "0001755953-25-000012|2025-11-14||8-K|abtc-20251114.htm|2.02,9.01";
    static final String ABTC_10Q = "0001755953-25-000010|2025-11-13|2025-09-30|10-Q|abtc-20250930.htm|";
    static final String ABTC_FORM4 = "0001755953-25-000011|2025-11-13||4|xslF345X05/wk-form4.xml|";
    static final String ABTC_BROKEN = "not-an-accession|2025-11-12||8-K|x.htm|";
    TestApp app;
    FakeJsonSource edgar;

    @BeforeEach
    void start() {
        app = TestApp.withDemoData();
        edgar = new FakeJsonSource();
        edgar.serve("/files/company_tickers.json", "{\"0\":{\"cik_str\":" + ABTC_CIK + ",\"ticker\":\"ABTC\",\"title\":\"American Bitcoin Corp.\"},"
                + "\"1\":{\"cik_str\":" + APLD_CIK + ",\"ticker\":\"APLD\",\"title\":\"Applied Digital Corp\"},"
                + "\"2\":{\"cik_str\":" + CORZ_CIK + ",\"ticker\":\"CORZ\",\"title\":\"Core Scientific, Inc.\"}}");
        edgar.serve(path(ABTC_CIK), FakeJsonSource.submissions(ABTC_CIK, ABTC_8K, ABTC_FORM4, ABTC_10Q, ABTC_BROKEN));
        edgar.serve(path(APLD_CIK), FakeJsonSource.submissions(APLD_CIK, "0001144879-25-000077|2025-11-20||8-K|apld-8k.htm|7.01"));
        edgar.serve(path(CORZ_CIK), FakeJsonSource.submissions(CORZ_CIK, "0001839341-25-000040|2025-11-06|2025-09-30|10-Q|corz-10q.htm|"));
    }

    @AfterEach
    void stop() {
        edgar.close();
        app.close();
    }

    static String path(long cik) {
        return String.format("/submissions/CIK%010d.json", cik);
    }

    EdgarFetch fetcher() {
        EdgarSettings settings = EdgarSettings.from(Map.of("SEC_USER_AGENT", "Minerdesk tests ops@example.com",
                "EDGAR_DATA_URL", edgar.url(), "EDGAR_TICKERS_URL", edgar.url() + "/files/company_tickers.json"));
        return new EdgarFetch(app.db, settings, Clock.systemUTC(), Duration.ofMillis(120), Duration.ofSeconds(2));
    }

    static String out(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filingsLandInTheCalendarTheCompanyPageAndTheFeedsLinkedToEdgar() {
        edgar.fail(path(APLD_CIK), 429, "1", 1);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        FetchSummary s = fetcher().run(Set.of("ABTC", "APLD", "CORZ"), new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertEquals(4, s.fetched(), s.toString());
        assertEquals(4, s.added());
        assertEquals(1, s.refused(), "the row with a broken accession number");
        assertEquals("partial", s.outcome());
        assertTrue(s.problems().get(0).contains("not-an-accession"), s.problems().toString());
        assertTrue(out(progress).contains("edgar 2/3 APLD: 1 filings, 1 new, 0 changed"), out(progress));
        assertEquals(2, edgar.hits.stream().filter(h -> h.path().equals(path(APLD_CIK))).count(), "429, then retried");

        Document calendar = Jsoup.parse(app.get("/filings").body());
        List<String> rows = calendar.select("table.filings tbody tr").eachText();
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("2025-11-20 APLD 8-K"), rows.get(0));
        assertEquals("https://www.sec.gov/Archives/edgar/data/1755953/000175595325000012/abtc-20251114.htm",
                calendar.selectFirst("tr:contains(2.02, 9.01) a[rel~=noopener]").attr("href"));
        assertFalse(calendar.text().contains(" 4 "), "insider forms are not kept");

        Document company = Jsoup.parse(app.get("/companies/ABTC").body());
        List<String> latest = company.select(".company-filings li").eachText();
        assertEquals(List.of("8-K (items 2.02, 9.01) filed 14 Nov 2025", "10-Q filed 13 Nov 2025, period ending 30 Sep 2025"),
                latest);

        assertEquals(List.of("2025-11-13 10-Q 2025-09-30 0001755953-25-000010", "2025-11-06 10-Q 2025-09-30 0001839341-25-000040")
                        .size(),
                Jsoup.parse(app.get("/filings?form=10-Q").body()).select("table.filings tbody tr").size());
        assertEquals(400, app.get("/filings?form=S-1").statusCode());

        Document rss = Jsoup.parse(app.get("/companies/ABTC/filings/feed.xml").body(), "", Parser.xmlParser());
        assertEquals(List.of("ABTC 8-K filed 2025-11-14", "ABTC 10-Q filed 2025-11-13"), rss.select("item > title").eachText());
        String id = rss.selectFirst("item > guid").text();
        assertTrue(id.endsWith("/0001755953-25-000012"), id);
        assertEquals(301, app.get("/companies/ABTC/filings.xml").statusCode());
        assertEquals("/companies/ABTC/filings", app.get("/companies/abtc/filings").headers().firstValue("Location").orElse(""));
        assertEquals(4, Jsoup.parse(app.get("/filings/atom.xml").body(), "", Parser.xmlParser()).select("entry").size());

        assertTrue(edgar.hits.stream().allMatch(h -> "Minerdesk tests ops@example.com".equals(h.userAgent())));
    }

    @Test
    void requestsArePacedUnderTenASecond() {
        fetcher().run(Set.of("ABTC", "APLD", "CORZ"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(4, edgar.hits.size());
        long span = edgar.hits.get(3).nanos() - edgar.hits.get(0).nanos();
        // arrival times jitter by a few ms either way; the pace is 120 ms between requests
        assertTrue(span / 3 >= Duration.ofMillis(100).toNanos(), "mean gap " + span / 3 / 1_000_000 + " ms");
    }

    @Test
    void aSecondRunAddsNothingAndCountsARestatedRowAsChanged() {
        fetcher().run(Set.of("ABTC"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        edgar.serve(path(ABTC_CIK), FakeJsonSource.submissions(ABTC_CIK, ABTC_8K.replace("2.02,9.01", "2.02,7.01,9.01"), ABTC_10Q));
        FetchSummary again = fetcher().run(Set.of("ABTC"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, again.added());
        assertEquals(1, again.changed());
        assertEquals("ok", again.outcome());
        assertEquals(2, Jsoup.parse(app.get("/companies/ABTC/filings").body()).select("table.filings tbody tr").size());
        assertTrue(app.get("/companies/ABTC/filings").body().contains("2.02, 7.01, 9.01"));
    }

    @Test
    void aSourceThatStaysDownFailsTheRunLogsItAndChangesNothing() {
        edgar.fail("/files/company_tickers.json", 503, null, 100);
        edgar.fail(path(CORZ_CIK), 500, null, 100);
        FetchSummary s = fetcher().run(Set.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(s.failed());
        assertTrue(s.problems().get(0).contains("HTTP 503 after 4 attempts"), s.problems().toString());
        FetchRun run = FetchLog.recent(app.db.dsl(), 1).get(0);
        assertEquals("failed", run.outcome());
        assertNotNull(run.finishedAt());
        assertTrue(Jsoup.parse(app.get("/filings").body()).select("table.filings").isEmpty());
        Document dashboard = Jsoup.parse(app.editor().get("/editor").body());
        assertTrue(dashboard.selectFirst("table.fetch-runs tbody tr.attention").text().contains("edgar failed"),
                dashboard.select("table.fetch-runs").text());

        edgar.heal("/files/company_tickers.json");
        FetchSummary partial = fetcher().run(Set.of("CORZ", "ABTC", "NOPE"), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));
        assertEquals("partial", partial.outcome());
        assertTrue(partial.problems().contains("NOPE: not a tracked company"), partial.problems().toString());
        assertTrue(partial.problems().stream().anyMatch(p -> p.startsWith("CORZ: ") && p.contains("HTTP 500")),
                partial.problems().toString());
        assertEquals(2, partial.added(), "ABTC's filings still landed");
    }

    @Test
    void withoutAnOperatorInTheUserAgentEdgarIsNotCalled() {
        String problem = EdgarSettings.from(Map.of()).problem();
        assertTrue(problem.startsWith("SEC_USER_AGENT must name the operator"), problem);
        assertTrue(EdgarSettings.from(Map.of("SEC_USER_AGENT", "just a name")).problem() != null);
        assertEquals(null, EdgarSettings.from(Map.of("SEC_USER_AGENT", "Minerdesk ops@example.com")).problem());
    }
}
