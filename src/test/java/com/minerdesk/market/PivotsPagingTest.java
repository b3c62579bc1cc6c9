package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.synthetic.SyntheticCommand;
import com.minerdesk.synthetic.SyntheticData;
import com.minerdesk.synthetic.SyntheticOptions;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pivot tracker pages its events, 25 at a time, keeping the filters in its links. */
class PivotsPagingTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of(), false);
        SyntheticData.fill(app.db, new SyntheticOptions(104, 40, 0), com.minerdesk.live.SiteRenderer.of(app.db, "http://minerdesk.test", java.time.ZoneOffset.UTC), null);
        long corz = app.db.dsl().select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("CORZ")).fetchOne(COMPANIES.ID);
        app.db.writeVoid(tx -> {
            for (int i = 0; i < 30; i++) {
                tx.insertInto(PIVOT_EVENTS)
                        .set(PIVOT_EVENTS.COMPANY_ID, corz)
                        .set(PIVOT_EVENTS.EVENT_DATE, LocalDate.of(2024, 1, 1).plusDays(i))
                        .set(PIVOT_EVENTS.COUNTERPARTY, "Paging test tenant " + i)
                        .set(PIVOT_EVENTS.KIND, "lease")
                        .set(PIVOT_EVENTS.SUMMARY, "A lease added by the paging test.")
                        .set(PIVOT_EVENTS.SOURCE_NAME, "Test")
                        .set(PIVOT_EVENTS.SOURCE_URL, "https://example.com/test")
                        .execute();
            }
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    @Test
    void everyEventIsOnExactlyOnePageNewestFirst() {
        List<String> events = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String path = "/pivots";
        int pages = 0;
        while (path != null) {
            Document doc = page(path);
            pages++;
            var items = doc.select("ul.events > li");
            assertTrue(items.size() <= MarketRoutes.PIVOTS_PER_PAGE && !items.isEmpty(), path);
            items.forEach(li -> events.add(li.html()));
            dates.addAll(doc.select("ul.events time").eachAttr("datetime"));
            Element next = doc.selectFirst(".pager a[rel=next]");
            if (pages == 1) {
                assertNull(doc.selectFirst(".pager a[rel=prev]"));
                assertEquals("/pivots?page=2", next.attr("href"));
            }
            path = next == null ? null : next.attr("href");
        }
        assertEquals(app.db.dsl().fetchCount(PIVOT_EVENTS), events.size());
        assertEquals(events.size(), events.stream().distinct().count(), "no event on two pages");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertEquals("/pivots?page=2", page("/pivots?page=3").selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("/pivots", page("/pivots?page=2").selectFirst(".pager a[rel=prev]").attr("href"));
    }

    @Test
    void pageLinksKeepTheFilters() {
        Document first = page("/pivots?company=corz&kind=lease");
        assertEquals("/pivots?company=CORZ&kind=lease&page=2", first.selectFirst(".pager a[rel=next]").attr("href"));
        Document second = page("/pivots?company=CORZ&kind=lease&page=2");
        assertEquals("/pivots?company=CORZ&kind=lease", second.selectFirst(".pager a[rel=prev]").attr("href"));
        assertTrue(second.select("ul.events .kind").eachText().stream().allMatch(k -> k.equals("Lease")));
        assertTrue(second.select("ul.events .event-meta a").eachText().stream().allMatch(t -> t.equals("CORZ")));
    }

    @Test
    void pagesBeyondTheLastOrMalformedAreClientErrors() {
        assertEquals(404, app.get("/pivots?page=99").statusCode());
        assertEquals(400, app.get("/pivots?page=0").statusCode());
        assertEquals(400, app.get("/pivots?page=two").statusCode());
    }
}
