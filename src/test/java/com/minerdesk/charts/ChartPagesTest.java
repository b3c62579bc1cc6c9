package com.minerdesk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The charts as readers get them on the pages, over the demo data set. */
class ChartPagesTest {
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
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    /** Every chart figure: both layouts, an accessible name and summary, and a link to a table on the page. */
    private static List<Element> charts(Document doc, int expected) {
        List<Element> figures = doc.select("figure.chart");
        assertEquals(expected, figures.size());
        for (Element f : figures) {
            Element wide = f.selectFirst(".chart-wide > svg[role=img]");
            Element narrow = f.selectFirst(".chart-narrow > svg[role=img]");
            assertNotNull(wide, f.outerHtml());
            assertNotNull(narrow, f.outerHtml());
            assertEquals(wide.id() + "-narrow", narrow.id());
            assertNotNull(doc.getElementById(wide.attr("aria-labelledby")));
            assertTrue(doc.getElementById(wide.attr("aria-describedby")).text().length() > 40);
            String table = f.selectFirst("figcaption a").attr("href");
            assertTrue(table.startsWith("#") && doc.getElementById(table.substring(1)) != null, "table link " + table);
        }
        return figures.stream().map(f -> f.selectFirst(".chart-wide > svg")).toList();
    }

    @Test
    void homeChartsTheLastTwelveWeeksNextToTheirTable() {
        Document doc = page("/");
        List<Element> svgs = charts(doc, 2);
        assertEquals("Sector market cap by week", svgs.get(0).selectFirst("title").text());
        assertTrue(svgs.get(0).selectFirst("desc").text().contains("$67.89B"));
        assertTrue(svgs.get(1).selectFirst("desc").text().contains("6 rose and 28 fell"), svgs.get(1).selectFirst("desc").text());
        assertEquals(12, doc.select("#weeks-table tbody tr").size());
        // the demo's first week has no previous week, so no change and no decliners under the close-over-previous-close rule
        assertEquals(11, svgs.get(1).select("g.bars rect.bar.down").size());
    }

    @Test
    void weekChartShowsEveryCompanyByChangeWhateverTheTableSort() {
        Document doc = page("/weeks/2025-11-28?sort=ticker&dir=asc");
        Element svg = charts(doc, 1).get(0);
        List<String> labels = svg.select("text.category").eachText();
        assertEquals(34, labels.size());
        assertEquals("APLD", labels.get(0));
        assertEquals("ABTC", labels.get(33));
        assertEquals(6, svg.select("g.bars rect.bar.up").size());
        assertEquals(28, svg.select("g.bars rect.bar.down").size());
        assertTrue(svg.select("g.legend text").eachText().stream().anyMatch(t -> t.matches("Sector \u22121.78\\s%")), svg.text());
        assertEquals("ABTC", doc.selectFirst("#miner-table tbody tr th").text(), "the table keeps its own sort");
    }

    @Test
    void companyChartMarksItsPivotEventsOrSaysThereAreNone() {
        Element apld = charts(page("/companies/APLD"), 3).get(0); // the price chart first, then production and hash rate
        assertEquals("APLD daily close", apld.selectFirst("title").text());
        assertTrue(apld.text().contains("Corintis"), apld.text());
        assertEquals(2, apld.select("line.event-line").size());
        assertTrue(apld.select("line.boundary").size() >= 12, "week boundaries");
        Element abtc = charts(page("/companies/ABTC"), 3).get(0);
        assertTrue(abtc.selectFirst("desc").text().contains("No AI/HPC pivot event"));
        assertTrue(abtc.selectFirst("desc").text().contains("to $2.23"));
    }

    @Test
    void economicsChartsTheMarginSqueezeAndTheHashRate() {
        List<Element> svgs = charts(page("/economics"), 2);
        String cost = svgs.get(0).selectFirst("desc").text();
        assertTrue(cost.contains("BTC $90,000") && cost.contains("cash cost $74,600") && cost.contains("all-in cost $137,800"), cost);
        assertTrue(svgs.get(0).select("text.end-label").eachText().containsAll(List.of("BTC $90,000", "All-in $137,800", "Cash $74,600")));
        assertTrue(svgs.get(1).selectFirst("desc").text().contains("1,012 EH/s"));
    }

    @Test
    void theNavigationNamesEverySection() {
        assertEquals(List.of("Home", "Weeks", "Companies", "Economics", "Network", "AI/HPC pivots", "Write-ups", "Subscribe"),
                page("/").select("nav[aria-label=Main] a").eachText());
        assertEquals("page", page("/economics").selectFirst("nav[aria-label=Main] a[href=/economics]").attr("aria-current"));
    }
}
