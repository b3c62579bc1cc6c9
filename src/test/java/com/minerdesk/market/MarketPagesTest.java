package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarketPagesTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + " answered " + r.statusCode() + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    private static Element rowOf(Document doc, String ticker) {
        return doc.select("table.data tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(ticker))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + ticker));
    }

    @Test
    void referenceWeekShowsTheReportedFigures() {
        Document doc = page("/weeks/2025-11-28");
        String text = doc.text();
        assertTrue(text.contains("$67.89B"), text);
        assertTrue(text.contains("$69.12B"), text);
        assertTrue(text.contains("−1.78 %"), text);
        assertTrue(text.contains("6 / 28"), text);
        assertTrue(text.contains("$307.35M") && text.contains("$413.50M"), text);
        assertTrue(text.contains("−25.67 %"), text);
        assertEquals(34, doc.select("table.data tbody tr").size());
        Element abtc = rowOf(doc, "ABTC");
        assertTrue(abtc.text().contains("$5.75"), abtc.text());
        assertTrue(abtc.text().contains("$2.23"), abtc.text());
        assertTrue(abtc.text().contains("−61.22 %"), abtc.text());
        assertTrue(rowOf(doc, "APLD").text().contains("+15.20 %"));
        assertTrue(rowOf(doc, "CORZ").text().contains("+1.30 %"));
    }

    @Test
    void weekTableIsSortedByChangeByDefaultAndBySortParameter() {
        Document byChange = page("/weeks/2025-11-28");
        var rows = byChange.select("table.data tbody tr");
        assertEquals("APLD", rows.first().selectFirst("th").text());
        assertEquals("ABTC", rows.last().selectFirst("th").text());

        Document ascending = page("/weeks/2025-11-28?sort=change&dir=asc");
        assertEquals("ABTC", ascending.select("table.data tbody tr").first().selectFirst("th").text());

        Document byTicker = page("/weeks/2025-11-28?sort=ticker&dir=asc");
        assertEquals("ABTC", byTicker.select("table.data tbody tr").first().selectFirst("th").text());
        assertEquals("WULF", byTicker.select("table.data tbody tr").last().selectFirst("th").text());
    }

    @Test
    void malformedWeekInputIsAClearClientError() {
        assertEquals(400, app.get("/weeks/2025-13-45").statusCode());
        assertEquals(400, app.get("/weeks/yesterday").statusCode());
        assertEquals(400, app.get("/weeks/2025-11-28?sort=drop%20table").statusCode());
        assertEquals(400, app.get("/weeks/2025-11-28?dir=sideways").statusCode());
        HttpResponse<String> missing = app.get("/weeks/2019-01-04");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Minerdesk"), "404 is in the site layout");
    }

    @Test
    void aDayInsideAWeekRedirectsToTheWeeksLastTradingDay() {
        HttpResponse<String> r = app.get("/weeks/2025-11-25");
        assertEquals(301, r.statusCode());
        assertEquals("/weeks/2025-11-28", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void weeksListShowsTheLatestQuarterNewestFirst() {
        Document doc = page("/weeks");
        var rows = doc.select("table.data tbody tr");
        assertEquals(9, rows.size(), "the nine weeks of Q4 2025 in the demo data");
        assertTrue(rows.first().text().contains("28 Nov 2025"));
        assertTrue(rows.first().text().contains("4"), "the reference week has four trading days");
        assertEquals(3, page("/weeks?quarter=2025-Q3").select("table.data tbody tr").size());
    }

    @Test
    void companyPageShowsProfileHistoryBarsAndPivots() {
        Document doc = page("/companies/APLD");
        String text = doc.text();
        assertTrue(text.contains("Applied Digital Corporation"));
        assertTrue(text.contains("+15.20 %"));
        assertTrue(text.contains("Corintis"));
        assertEquals(12, doc.select("#weekly ~ .table-scroll").first().select("tbody tr").size());
        assertEquals(404, app.get("/companies/NOPE").statusCode());
        assertEquals(301, app.get("/companies/apld").statusCode());
    }

    @Test
    void companiesListsAllThirtyFour() {
        Document doc = page("/companies");
        assertEquals(34, doc.select("table.data tbody tr").size());
    }

    @Test
    void economicsShowsCostsAndMargins() {
        Document doc = page("/economics");
        Element first = doc.select("table.data tbody tr").first();
        String t = first.text();
        assertTrue(t.contains("$90,000"), t);
        assertTrue(t.contains("$91,020"), t);
        assertTrue(t.contains("$74,600"), t);
        assertTrue(t.contains("$137,800"), t);
        assertTrue(t.contains("+17.11 %"), t);
        assertTrue(t.contains("−53.11 %"), t);
        assertTrue(t.contains("1,012 EH/s"), t);
    }

    @Test
    void pivotsAreFilterableByCompanyAndKind() {
        Document all = page("/pivots");
        assertEquals(11, all.select(".event").size());
        Document corz = page("/pivots?company=CORZ");
        assertEquals(3, corz.select(".event").size());
        Document leases = page("/pivots?kind=lease");
        assertEquals(6, leases.select(".event").size());
        assertEquals(400, app.get("/pivots?kind=bribe").statusCode());
        assertEquals(404, app.get("/pivots?company=ZZZZ").statusCode());
    }

    @Test
    void homeShowsSnapshotMoversPivotsAndDemoNotice() {
        Document doc = page("/");
        String text = doc.text();
        assertTrue(text.contains("$67.89B"));
        assertTrue(text.contains("6 / 28"));
        assertTrue(text.contains("Sample data"));
        assertEquals("APLD", doc.select("table[aria-labelledby=top-movers] tbody tr th").first().text());
        assertEquals("ABTC", doc.select("table[aria-labelledby=bottom-movers] tbody tr th").first().text());
        assertTrue(text.contains("+17.11 %"));
    }

    @Test
    void healthAndUnknownPages() {
        HttpResponse<String> h = app.get("/healthz");
        assertEquals(200, h.statusCode());
        assertTrue(h.body().contains("\"ok\""));
        assertEquals(404, app.get("/no/such/page").statusCode());
    }

    @Test
    void quarterNavigationLinksEveryQuarterWithDataAndMarksTheCurrentOne() {
        Document doc = page("/weeks");
        assertEquals("Market weeks, Q4 2025", doc.selectFirst("h1").text());
        List<String> links = doc.select("nav.quarters a").eachAttr("href");
        assertEquals(List.of("/weeks?quarter=2025-Q3", "/weeks?quarter=2025-Q4"), links);
        assertEquals("Q4", doc.selectFirst("nav.quarters a[aria-current=page]").text());
        assertNotNull(doc.selectFirst(".pager a[rel=prev][href=/weeks?quarter=2025-Q3]"));
        assertNull(doc.selectFirst(".pager a[rel=next]"));
    }

    @Test
    void theFirstWeekOfAQuarterKeepsItsChangeAgainstThePreviousWeek() {
        Document q4 = page("/weeks?quarter=2025-q4");
        var rows = q4.select("table.data tbody tr");
        assertTrue(rows.last().text().contains("3 Oct 2025"), rows.last().text());
        assertTrue(rows.last().select("td").get(2).text().matches(".*[+−]\\d+\\.\\d\\d.*%.*"), rows.last().text());
        Document q3 = page("/weeks?quarter=2025-Q3");
        assertTrue(q3.select("table.data tbody tr").last().select("td").get(2).text().isEmpty(),
                "the very first week of the data has no previous week");
    }

    @Test
    void malformedOrEmptyQuartersAreClearClientErrors() {
        assertEquals(400, app.get("/weeks?quarter=2025-Q5").statusCode());
        assertEquals(400, app.get("/weeks?quarter=last").statusCode());
        HttpResponse<String> before = app.get("/weeks?quarter=2019-Q1");
        assertEquals(404, before.statusCode());
        assertTrue(before.body().contains("There is no market data for Q1 2019."));
        assertEquals(404, app.get("/weeks?quarter=2026-Q1").statusCode());
    }

    @Test
    void anEmptySiteSaysThereIsNoDataYet() {
        try (TestApp empty = TestApp.empty()) {
            HttpResponse<String> r = empty.get("/weeks");
            assertEquals(200, r.statusCode());
            assertTrue(Jsoup.parse(r.body()).text().contains("No market data yet"));
        }
    }
}
