package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #13's reproduction over HTTP: a partial import of the week after the demo data leaves the home
 * page, its charts and both week feeds on the week ending 28 Nov 2025, and shows the new week as in
 * progress under the one name it keeps from its first bar on.
 */
class WeekProgressPagesTest {
    static final String BARS = CsvKind.DAILY_BARS.headerLine() + "\n";
    static final String BASE = "http://minerdesk.test";
    private TestApp app;
    private Browser editor;

    @BeforeEach
    void start() {
        app = TestApp.withDemoData();
        editor = app.editor();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static String bar(LocalDate day, String ticker) {
        return day + "," + ticker + ",2.30,2.50,2.20,2.40,1000000,2000000000\n";
    }

    void commit(String csv) {
        HttpResponse<String> r = editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file", "upload.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
    }

    List<String> tickers() {
        return app.db.dsl().select(COMPANIES.TICKER).from(COMPANIES).orderBy(COMPANIES.TICKER).fetch(COMPANIES.TICKER);
    }

    Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    SyndFeed feed(String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(app.get(path).body()));
    }

    void assertRedirect(String from, String to) {
        HttpResponse<String> r = app.get(from);
        assertEquals(301, r.statusCode(), from);
        assertEquals(to, r.headers().firstValue("Location").orElse(""), from);
    }

    @Test
    void aPartialWeekLeavesTheSiteOnTheLastCompleteWeekAndIsShownInProgress() throws Exception {
        LocalDate mon = LocalDate.of(2025, 12, 1);
        commit(BARS + bar(mon, "ABTC") + bar(mon, "APLD"));

        Document home = page("/");
        assertEquals("The listed miners, week ending 28 Nov 2025", home.selectFirst("h1").text());
        assertTrue(home.select(".cards").text().contains("$67.89B"), home.select(".cards").text());
        assertTrue(home.select(".cards").text().contains("of 34 listed miners"));
        String pointer = home.select("p.in-progress").text();
        assertTrue(pointer.contains("The week ending 5 Dec 2025 is in progress: 2 of 34 companies reported through Mon 1 Dec 2025"),
                pointer);
        assertEquals("/weeks/2025-12-05", home.selectFirst("p.in-progress a").attr("href"));
        List<String> chartWeeks = home.select("#weeks-table tbody tr th a").eachText();
        assertFalse(chartWeeks.isEmpty());
        assertTrue(chartWeeks.stream().noneMatch(w -> w.contains("Dec 2025")), "the charts' weeks end at 28 Nov: " + chartWeeks);
        assertTrue(String.join(" ", chartWeeks).contains("28 Nov"), chartWeeks.toString());

        for (String path : List.of("/weeks/feed.xml", "/weeks/atom.xml")) {
            SyndFeed f = feed(path);
            SyndEntry newest = f.getEntries().get(0);
            assertEquals(BASE + "/weeks/2025-11-28", newest.getLink(), path);
            assertTrue(f.getEntries().stream().noneMatch(e -> e.getLink().contains("2025-12")), path);
        }
        Document companies = page("/companies");
        assertFalse(companies.text().contains("n/a"), "every company has figures for the latest complete week");

        Document week = page("/weeks/2025-12-05");
        assertEquals("Week ending Fri 5 Dec 2025", week.selectFirst("h1").text());
        assertTrue(week.title().startsWith("Week ending 5 Dec 2025 (in progress)"), week.title());
        String notice = week.select("#in-progress").text();
        assertTrue(notice.contains("In progress: 2 of 34 companies reported through Mon 1 Dec 2025."), notice);
        String missing = week.select("#in-progress p").get(1).text();
        assertTrue(missing.contains("CORZ") && missing.contains("MARA") && !missing.contains("ABTC") && !missing.contains("APLD"), missing);
        assertEquals(32, week.select("#in-progress p").get(1).select("a").size());
        assertTrue(notice.contains("computed over the 2 companies with bars this week"), notice);
        assertRedirect("/weeks/2025-12-01", "/weeks/2025-12-05");
        assertRedirect("/weeks/2025-12-03", "/weeks/2025-12-05");
        assertRedirect("/weeks/2025-12-06", "/weeks/2025-12-05");
        assertRedirect("/weeks/2025-12-01.csv", "/weeks/2025-12-05.csv");
        assertEquals(200, app.get("/weeks/2025-12-05.csv").statusCode());
        assertTrue(page("/weeks").select("a[href=/weeks/2025-12-05]").size() > 0, "the weeks list names the week the same way");
        assertEquals(404, app.get("/weeks/2025-12-12").statusCode());

        commit(BARS + bar(mon.plusDays(1), "ABTC"));
        Document later = page("/weeks/2025-12-05");
        String progress = later.select("#in-progress").text();
        assertTrue(progress.contains("In progress: 1 of 34 companies reported through Tue 2 Dec 2025."), progress);
        assertRedirect("/weeks/2025-12-02", "/weeks/2025-12-05");
        assertEquals(BASE + "/weeks/2025-11-28", feed("/weeks/feed.xml").getEntries().get(0).getLink());
        assertEquals("/weeks/2025-12-05", page("/weeks/2025-11-28").selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void aWeekBecomesTheLatestOnceEveryListedCompanyHasReportedThroughItsLastScheduledDay() throws Exception {
        LocalDate mon = LocalDate.of(2025, 12, 1);
        List<String> tickers = tickers();
        StringBuilder csv = new StringBuilder(BARS);
        for (int i = 0; i < 5; i++) {
            for (String t : tickers) {
                if (!(t.equals("SLNH") && i == 2)) {
                    csv.append(bar(mon.plusDays(i), t));
                }
            }
        }
        commit(csv.toString());
        assertTrue(page("/weeks/2025-12-05").select("#in-progress").text()
                .contains("In progress: 33 of 34 companies reported through Fri 5 Dec 2025."));
        assertTrue(page("/weeks/2025-12-05").select("#in-progress").text().contains("Missing through 5 Dec: SLNH."));
        assertEquals("The listed miners, week ending 28 Nov 2025", page("/").selectFirst("h1").text());

        HttpResponse<String> marked = editor.post("/editor/trading/marks",
                Map.of("ticker", "slnh", "from", "2025-12-03", "until", "", "reason", "Trading halted by Nasdaq pending news"));
        assertEquals(303, marked.statusCode(), marked.body());
        Document desk = Jsoup.parse(editor.get("/editor/trading").body());
        assertTrue(desk.select("table.marks").text().contains("Wed 3 Dec 2025 SLNH Trading halted by Nasdaq pending news"),
                desk.select("table.marks").text());

        Document home = page("/");
        assertEquals("The listed miners, week ending 5 Dec 2025", home.selectFirst("h1").text());
        assertTrue(home.select("p.in-progress").isEmpty());
        Document week = page("/weeks/2025-12-05");
        assertTrue(week.select("#in-progress").isEmpty(), "a complete week has no in-progress notice");
        assertEquals("Week ending 5 Dec 2025 — Minerdesk", week.title());
        app.clock.set(java.time.Instant.parse("2025-12-06T05:00:00Z"));
        assertEquals(BASE + "/weeks/2025-12-05", feed("/weeks/feed.xml").getEntries().get(0).getLink());
        assertEquals("tag:minerdesk.test,2025:weeks/2025-12-05", feed("/weeks/atom.xml").getEntries().get(0).getUri());
    }

    @Test
    void aCompanyIsExpectedOnlyOnTheDaysItIsListed() {
        LocalDate mon = LocalDate.of(2025, 12, 1);
        StringBuilder csv = new StringBuilder(BARS);
        for (int i = 0; i < 5; i++) {
            for (String t : tickers()) {
                if (!t.equals("SLNH") || i < 2) {
                    csv.append(bar(mon.plusDays(i), t));
                }
            }
        }
        commit(csv.toString());
        assertTrue(page("/weeks/2025-12-05").select("#in-progress").text().contains("33 of 34 companies"));
        HttpResponse<String> listed = editor.post("/editor/trading/listing",
                Map.of("listing_ticker", "SLNH", "listed_from", "", "listed_until", "2025-12-02"));
        assertEquals(303, listed.statusCode(), listed.body());
        assertTrue(page("/weeks/2025-12-05").select("#in-progress").isEmpty(), "SLNH is not expected after its last listed day");
        assertEquals("The listed miners, week ending 5 Dec 2025", page("/").selectFirst("h1").text());
    }

    @Test
    void badTradingStatusFormsAreInlineErrors() {
        HttpResponse<String> r = editor.post("/editor/trading/marks",
                Map.of("ticker", "NOPE", "from", "2025-11-27", "until", "2025-11-26", "reason", ""));
        assertEquals(422, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.select("#ticker-error").text().contains("There is no company with ticker NOPE."), page.text());
        assertTrue(page.select("#until-error").text().contains("The last day is before the first."));
        assertTrue(page.select("#reason-error").text().contains("This field is required."));

        HttpResponse<String> holiday = editor.post("/editor/trading/marks",
                Map.of("ticker", "ABTC", "from", "2025-11-27", "until", "", "reason", "Thanksgiving"));
        assertEquals(422, holiday.statusCode());
        assertTrue(Jsoup.parse(holiday.body()).select("#from-error").text().contains("The exchange is closed on every day"));

        HttpResponse<String> traded = editor.post("/editor/trading/marks",
                Map.of("ticker", "ABTC", "from", "2025-11-24", "until", "2025-11-28", "reason", "Halted"));
        assertEquals(422, traded.statusCode());
        assertTrue(Jsoup.parse(traded.body()).select("#from-error").text().contains("ABTC has bars on 2025-11-24"));

        HttpResponse<String> listing = editor.post("/editor/trading/listing",
                Map.of("listing_ticker", "ABTC", "listed_from", "2025-12-05", "listed_until", "2025-12-01"));
        assertEquals(422, listing.statusCode());
        Document listingPage = Jsoup.parse(listing.body());
        assertNotNull(listingPage.selectFirst("#listed_until-error"));
        assertEquals(422, editor.post("/editor/trading/listing",
                Map.of("listing_ticker", "ABTC", "listed_from", "2025-13-45", "listed_until", "")).statusCode());
        assertEquals(303, app.get("/editor/trading").statusCode(), "a visitor is sent to sign in");
    }

    @Test
    void whileNoWeekIsCompleteTheHomePageSaysItsWeekIsInProgress() {
        app.db.writeVoid(tx -> tx.deleteFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.ne(
                        tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC")).fetchSingle(COMPANIES.ID)))
                .execute());
        Document home = page("/");
        assertEquals("The listed miners, week ending 28 Nov 2025", home.selectFirst("h1").text());
        String pointer = home.select("p.in-progress").text();
        assertTrue(pointer.contains("is in progress: 1 of 34 companies reported through Fri 28 Nov 2025."), pointer);
        assertTrue(pointer.contains("No week is complete yet, so the figures here are those of this week so far."), pointer);
    }
}
