package com.minerdesk.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.quality.HeadingOrder;
import com.minerdesk.quality.NuHtmlChecker;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production pages over known rows: the computed figures, the restatement, a month without network data. */
class ProductionPagesTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.empty();
        ProductionFixture.load(app.db);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The text of one table row, tags removed and spaces collapsed. */
    static String row(String html, String ticker) {
        Matcher m = Pattern.compile("<tr id=\"row-" + ticker + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row for " + ticker);
        return m.group(1).replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    @Test
    void theLatestCompleteMonthShowsComputedFiguresFromTheRows() {
        HttpResponse<String> r = app.get("/production");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>Monthly production: latest month (October 2025) — Minerdesk</title>"), html);
        assertTrue(html.contains("Monthly production: <span>October 2025</span>"), "November's network days are incomplete");
        assertTrue(html.contains("2 of 2 listed companies reported"));
        // MARA: 704.475 BTC is 5 % of 14,089.5 BTC, so realized = 50 EH/s; average = (50 + 60) / 2 = 55 EH/s
        String mara = row(html, "MARA");
        assertTrue(mara.startsWith("MARA 704.48 restated from 712.00 BTC on 4 Nov"), mara);
        assertTrue(mara.contains("1,100.00"), mara);
        assertTrue(mara.contains("100.00 BTC"), "HODL change 1,100 − 1,000: " + mara);
        assertTrue(mara.contains("55.00 (mean of month ends)"), mara);
        assertTrue(mara.contains("12.81"), "704.475 / 55: " + mara);
        assertTrue(mara.contains("50.00"), mara);
        assertTrue(mara.contains("90.91 %"), "realization 50 / 55: " + mara);
        assertTrue(mara.contains("5.50 %"), "share 55 / 1,000: " + mara);
        assertTrue(mara.contains("+8.38 %"), "704.475 / 650 − 1: " + mara);
        assertTrue(html.contains("href=\"" + ProductionFixture.MARA_OCT_RESTATED + "\""));
        assertTrue(html.contains("href=\"" + ProductionFixture.MARA_OCT_FIRST + "\""), "the restatement links the earlier source");
        // CLSK reported its average: 600 / 40 = 15; no September report to compare with
        String clsk = row(html, "CLSK");
        assertTrue(clsk.contains("40.00 (reported average)"), clsk);
        assertTrue(clsk.contains("15.00"), clsk);
        assertTrue(clsk.contains("— (no report for the month before)"), clsk);
        assertTrue(html.contains("1,000.00 EH/s"), "network average");
        assertTrue(html.contains("14,089.50 BTC"), "network reward");
        assertTrue(html.contains("9.50 %"), "public miners' share: (55 + 40) / 1,000");
    }

    @Test
    void aMonthWithIncompleteNetworkDaysShowsNoNetworkFigures() {
        String html = app.get("/production/2025-11").body();
        String mara = row(html, "MARA");
        assertTrue(mara.contains("— (network data for 2025-11 has 10 of 30 days)"), mara);
        assertTrue(mara.contains("61.00 (mean of month ends)"), mara);
        assertTrue(mara.contains("11.48"), "700 / 61: " + mara);
        assertFalse(mara.contains("%)") && mara.contains("5.50"), mara);
    }

    @Test
    void sortingIsInTheAddressAndBadMonthsAreRefused() {
        String byProduced = app.get("/production/2025-10?sort=produced&dir=desc").body();
        assertTrue(byProduced.indexOf("row-MARA") < byProduced.indexOf("row-CLSK"));
        String byTicker = app.get("/production/2025-10").body();
        assertTrue(byTicker.indexOf("row-CLSK") < byTicker.indexOf("row-MARA"));
        assertTrue(byTicker.contains("aria-sort=\"ascending\""));
        assertEquals(400, app.get("/production/2025-13").statusCode());
        assertEquals(400, app.get("/production/oct").statusCode());
        assertEquals(400, app.get("/production/2025-10?sort=nope").statusCode());
        assertEquals(404, app.get("/production/2024-01").statusCode());
        assertEquals(404, app.get("/production/2024-01.csv").statusCode());
    }

    @Test
    void theCompanyPageHasItsProductionSectionWithChartsAndRestatements() {
        HttpResponse<String> r = app.get("/companies/MARA");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("Production and hash rate of MARA"), html);
        assertTrue(html.contains("id=\"chart-production-mara\""));
        assertTrue(html.contains("id=\"chart-hashrate-mara\""));
        String history = html.substring(html.indexOf("Restatement history"));
        assertTrue(history.replaceAll("\\s+", " ").contains("BTC produced</span> restated from <span>712.00 BTC</span> (published <span>4 Nov 2025</span>"),
                history);
        assertTrue(html.contains("href=\"/production/2025-10\""));
        assertTrue(html.contains("href=\"/companies/MARA/production.csv\""));
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
        assertEquals(List.of(), HeadingOrder.skips(html));
        assertFalse(app.get("/companies/CLSK").body().contains("Restatement history</h3>\n  <ul"));
    }

    @Test
    void thePagesAreValidHtmlWithHeadingsInOrder() {
        NuHtmlChecker checker = new NuHtmlChecker();
        for (String path : new String[] {"/production", "/production/2025-11"}) {
            String html = app.get(path).body();
            assertEquals(List.of(), checker.errors(html), path);
            assertEquals(List.of(), HeadingOrder.skips(html), path);
        }
        try (TestApp none = TestApp.empty()) {
            String html = none.get("/production").body();
            assertTrue(html.contains("No monthly operating report has been entered yet."));
            assertEquals(List.of(), checker.errors(html));
        }
    }

    @Test
    void theDemoDataHasAYearOfSampleReportsForEveryCompany() {
        try (TestApp demo = TestApp.withDemoData()) {
            String html = demo.get("/production").body();
            assertTrue(html.contains("Monthly production: <span>November 2025</span>"), html);
            assertTrue(html.contains("34 of 34 listed companies reported"));
            assertTrue(html.contains("<strong>Sample data:</strong>"));
            assertTrue(row(html, "MARA").contains("sample"), row(html, "MARA"));
            assertFalse(html.contains("network data for 2025-11 has"), "the demo set has every network day of the month");
            assertEquals(200, demo.get("/production/2024-12").statusCode());
            assertEquals(List.of(), new NuHtmlChecker().errors(html));
            String company = demo.get("/companies/MARA").body();
            assertEquals(List.of(), new NuHtmlChecker().errors(company));
            assertTrue(company.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 150_000, "size " + company.length());
            assertEquals(13, demo.get("/companies/MARA/production.csv").body().split("\r\n").length);
        }
    }

    @Test
    void eachEnteredReportIsAnEntryOfTheProductionFeedAndOfTheCompanyFeed() {
        HttpResponse<String> rss = app.get("/production/feed.xml");
        assertEquals(200, rss.statusCode());
        assertTrue(rss.body().contains("<title>MARA October 2025: 704.48 BTC produced (restated)</title>"), rss.body());
        assertTrue(rss.body().contains("<title>MARA October 2025: 712.00 BTC produced</title>"));
        assertTrue(rss.body().contains("<title>CLSK October 2025: 600.00 BTC produced</title>"));
        assertTrue(rss.body().indexOf("704.48 BTC produced (restated)") < rss.body().indexOf("712.00 BTC produced<"),
                "newest first");
        assertTrue(app.get("/production/atom.xml").body().contains("MARA October 2025: 704.48 BTC produced (restated)</title>"));
        String company = app.get("/companies/MARA/feed.xml").body();
        assertTrue(company.contains("MARA October 2025: 704.48 BTC produced (restated)"), company);
        assertFalse(company.contains("CLSK October 2025"));
        assertTrue(app.get("/production").body().contains("href=\"/production/feed.xml\""));
    }

    @Test
    void csvDownloadsAreInTheImportFormat() {
        HttpResponse<String> month = app.get("/production/2025-10.csv");
        assertEquals(200, month.statusCode());
        String[] lines = month.body().split("\r\n");
        assertEquals(String.join(",", ProductionCsv.HEADER), lines[0]);
        assertEquals("2025-10,CLSK,600.00,13000.00,,45.00,42.00,40.00,,,,,https://investors.cleanspark.com/october-2025,,2025-11-05",
                lines[1]);
        assertEquals("2025-10,MARA,704.475,1100.00,,70.00,60.00,,,,,," + ProductionFixture.MARA_OCT_RESTATED + ",,2025-11-20",
                lines[2]);
        assertEquals(month.body(), app.get("/production.csv").body());
        String mara = app.get("/companies/MARA/production.csv").body();
        assertEquals(4, mara.split("\r\n").length, mara);
        assertEquals(301, app.get("/companies/mara/production.csv").statusCode());
    }
}
