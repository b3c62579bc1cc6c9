package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.synthetic.SyntheticCommand;
import com.minerdesk.synthetic.SyntheticData;
import com.minerdesk.synthetic.SyntheticOptions;
import com.minerdesk.testing.PublicPages;
import com.minerdesk.testing.QueryCounter;
import com.minerdesk.testing.TestApp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No query per row: every public page makes a small fixed number of queries (page cache off), on the
 * demo data (every page a reader reaches by links) and on synthetic data; and a synthetic set with
 * two years, a hundred companies and 200 write-ups makes exactly as many queries per page as one
 * with thirty weeks, forty companies and forty write-ups.
 */
class PageQueryBoundTest {
    static final int MAX_QUERIES_PER_PAGE = 15;
    static final List<String> PUBLIC_PAGES = List.of("/", "/weeks", "/weeks?quarter=2025-Q3", "/weeks/2025-11-28",
            "/weeks/2025-11-28?sort=cap&dir=desc", "/companies", "/companies/ABTC", "/companies/CORZ", "/economics",
            "/pivots", "/pivots?company=CORZ", "/pivots?kind=lease", "/writeups", "/search?q=miners");
    static final List<String> INDEX_PAGES = List.of("/", "/writeups", "/companies", "/weeks", "/pivots", "/economics");
    static final int LINKS_PER_SECTION = 4;

    @Test
    void everyPageOfTheDemoDataMakesAFewQueries() {
        QueryCounter queries = new QueryCounter();
        try (TestApp app = TestApp.start(Map.of("PAGE_CACHE", "off"), true, queries)) {
            Set<String> pages = new LinkedHashSet<>(PUBLIC_PAGES);
            pages.addAll(PublicPages.crawl(app).keySet());
            pages.removeAll(List.of(PublicPages.UNLINKED_PAGES));
            assertTrue(pages.size() > 40, "crawled " + pages);
            assertBounded(count(app, queries, pages));
        }
    }

    @Test
    void queriesPerPageDoNotGrowWithTheData() {
        Map<String, Integer> small = synthetic(new SyntheticOptions(30, 40, 40));
        Map<String, Integer> large = synthetic(new SyntheticOptions(104, 100, 200));
        assertBounded(small);
        assertBounded(large);
        assertTrue(large.keySet().stream().anyMatch(p -> p.startsWith("/writeups/sample-")), "pages " + large.keySet());
        Map<String, String> differences = new TreeMap<>();
        small.forEach((page, n) -> {
            if (large.containsKey(page) && !large.get(page).equals(n)) {
                differences.put(page, n + " on the small set, " + large.get(page) + " on the large one");
            }
        });
        assertEquals(Map.of(), differences, "query counts must not grow with the data");
        assertTrue(small.keySet().stream().filter(large::containsKey).count() >= PUBLIC_PAGES.size());
    }

    private static void assertBounded(Map<String, Integer> counts) {
        counts.forEach((page, n) -> assertTrue(n <= MAX_QUERIES_PER_PAGE, page + " made " + n + " queries"));
    }

    /** The listed pages and a few linked from each index page, on a synthetic set of this size. */
    private static Map<String, Integer> synthetic(SyntheticOptions options) {
        QueryCounter queries = new QueryCounter();
        try (TestApp app = TestApp.start(Map.of("PAGE_CACHE", "off"), false, queries)) {
            SyntheticData.fill(app.db, options, com.minerdesk.live.SiteRenderer.of(app.db, "http://minerdesk.test", java.time.ZoneOffset.UTC), null);
            Set<String> pages = new LinkedHashSet<>(PUBLIC_PAGES);
            for (String index : INDEX_PAGES) {
                Map<String, Integer> perSection = new HashMap<>();
                for (Element a : Jsoup.parse(app.get(index).body()).select("main a[href^=/]")) {
                    String href = a.attr("href");
                    String[] parts = href.split("[/?#]");
                    String section = parts.length > 1 ? parts[1] : "";
                    if (!href.contains(".") && perSection.merge(section, 1, Integer::sum) <= LINKS_PER_SECTION) {
                        pages.add(href);
                    }
                }
            }
            return count(app, queries, pages);
        }
    }

    /** Each page requested twice: the queries of the second request (the first may warm something up). */
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
