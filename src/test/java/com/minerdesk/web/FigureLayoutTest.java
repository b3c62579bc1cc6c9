package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sort links keep the reader at the miner table; margins are levels, drawn without the arrows of weekly changes. */
class FigureLayoutTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Document page(String path) {
        return Jsoup.parse(app.get(path).body());
    }

    @Test
    void everySortLinkOpensTheSortedPageAtTheTable() {
        Document week = page("/weeks/2025-11-28");
        List<String> hrefs = week.select("#miner-table thead a").eachAttr("href");
        assertEquals(8, hrefs.size(), hrefs.toString());
        hrefs.forEach(h -> assertTrue(h.matches("/weeks/2025-11-28\\?sort=\\w+&dir=(asc|desc)#miner-table"), h));
        assertTrue(week.selectFirst("#miner-table table").hasClass("miner-table"));
        assertTrue(week.selectFirst(".table-note .scroll-hint").text().contains("scrolls sideways"));
    }

    @Test
    void marginsHaveASignAndColourButNoArrow() {
        for (String path : List.of("/", "/weeks/2025-11-28", "/economics")) {
            Document d = page(path);
            List<Element> margins = d.select("span.margin");
            assertFalse(margins.isEmpty(), path);
            for (Element m : margins) {
                assertTrue(m.text().matches("[+\u2212]?\\d+\\.\\d{2} %"), path + ": " + m.text());
                assertTrue(m.select(".arrow").isEmpty(), path + ": " + m.outerHtml());
                assertTrue(m.hasClass("up") || m.hasClass("down") || m.hasClass("flat"), path + ": " + m.outerHtml());
            }
        }
        Document week = page("/weeks/2025-11-28");
        assertFalse(week.select("#miner-table span.change .arrow").isEmpty(), "weekly changes keep their arrows");
    }
}
