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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /weeks} shows one quarter at a time, with links to every quarter that has data. */
class WeeksArchiveTest {
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
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
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
