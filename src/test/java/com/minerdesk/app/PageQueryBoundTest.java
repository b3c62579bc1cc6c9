package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.synthetic.SyntheticData;
import com.minerdesk.synthetic.SyntheticOptions;
import com.minerdesk.testing.PublicPages;
import com.minerdesk.testing.QueryCounter;
import com.minerdesk.testing.TestApp;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No query per row: every public page (those listed here and every page a reader reaches by links)
 * makes a small fixed number of queries, the same on the demo data and on a synthetic set with three
 * times the companies and two years of bars (page cache off).
 */
class PageQueryBoundTest {
    static final int MAX_QUERIES_PER_PAGE = 12;
    static final List<String> PUBLIC_PAGES = List.of("/", "/weeks", "/weeks?quarter=2025-Q3", "/weeks/2025-11-28",
            "/weeks/2025-11-28?sort=cap&dir=desc", "/companies", "/companies/ABTC", "/companies/CORZ", "/economics",
            "/pivots", "/pivots?company=CORZ", "/pivots?kind=lease");

    @Test
    void eachPublicPageMakesTheSameFewQueriesOnDemoAndOnLargeData() {
        Map<String, Integer> demo;
        QueryCounter demoQueries = new QueryCounter();
        Set<String> pages = new LinkedHashSet<>(PUBLIC_PAGES);
        try (TestApp app = TestApp.start(Map.of("PAGE_CACHE", "off"), true, demoQueries)) {
            pages.addAll(PublicPages.crawl(app).keySet());
            pages.removeAll(List.of(PublicPages.UNLINKED_PAGES));
            demo = count(app, demoQueries, pages);
        }
        Map<String, Integer> large;
        QueryCounter largeQueries = new QueryCounter();
        try (TestApp app = TestApp.start(Map.of("PAGE_CACHE", "off"), false, largeQueries)) {
            SyntheticData.fill(app.db, new SyntheticOptions(104, 100, 0), null);
            large = count(app, largeQueries, pages);
        }
        assertTrue(pages.size() > 40, "crawled " + pages);
        for (String page : pages) {
            assertTrue(demo.get(page) <= MAX_QUERIES_PER_PAGE, page + " made " + demo.get(page) + " queries");
        }
        assertEquals(demo, large, "query counts must not grow with the data");
    }

    private static Map<String, Integer> count(TestApp app, QueryCounter queries, Set<String> pages) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : pages) {
            assertEquals(200, app.get(page).statusCode(), page);
            queries.reset();
            assertEquals(200, app.get(page).statusCode(), page);
            counts.put(page, queries.count());
        }
        return counts;
    }
}
