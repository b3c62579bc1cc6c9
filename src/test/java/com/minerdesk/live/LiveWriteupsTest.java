package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.desk.CsvKind;
import com.minerdesk.market.DailyBar;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live figures, mentions and the fact-check through the write-up editor and the public pages. */
class LiveWriteupsTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);
    TestApp app;
    Browser editor;

    @BeforeEach
    void start() {
        app = TestApp.withDemoData();
        editor = app.editor();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** A write-up form for the reference week. */
    static Map<String, String> form(String title, String body, String status) {
        return Writeups.with(Writeups.form(title, body, status), "week", REFERENCE.toString());
    }

    private long create(Map<String, String> form) {
        return Writeups.create(editor, form);
    }

    /** A correction of ABTC's last close of the reference week, through {@code db.write}. */
    private void correctAbtcClose(String close) {
        app.db.writeVoid(tx -> tx.update(DAILY_BARS).set(DAILY_BARS.CLOSE_PRICE, new BigDecimal(close))
                .where(DAILY_BARS.TRADE_DATE.eq(REFERENCE))
                .and(DAILY_BARS.COMPANY_ID.eq(tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC"))))
                .execute());
    }

    private Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains("{{"), "raw placeholder on " + path);
        assertFalse(r.body().contains("%%live"), "marker on " + path);
        return Jsoup.parse(r.body());
    }

    private static Element figure(Document doc, String text) {
        return doc.select(".writeup-body a.live").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + doc.select(".writeup-body").html()));
    }

    private String slugOf(long id) {
        return Jsoup.parse(editor.get("/editor/writeups/" + id).body()).selectFirst("input[name=slug]").attr("value");
    }

    @Test
    void publishedWriteupShowsTheReferenceWeeksFiguresLinkedToTheirPages() {
        long id = create(form("Reference week", """
                ABTC went from {{ABTC.open}} to {{ABTC.close}}, {{ABTC.change}} on the week.

                The sector ended at {{sector.marketcap}} with {{sector.gainers}} gainers and {{sector.decliners}} decliners.

                {{movers 3}}
                """, "published"));
        Document doc = page("/writeups/" + slugOf(id));
        assertEquals("/companies/ABTC", figure(doc, "−61.22 %").attr("href"));
        assertEquals("/companies/ABTC", figure(doc, "$2.23").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "$67.89B").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "6").attr("href"));
        assertEquals(6, doc.select(".writeup-body figure.live-movers tbody tr th[scope=row]").size());
        assertEquals("/companies/ABTC", doc.selectFirst(".writeup-body a.mention").attr("href"));
    }

    @Test
    void aDataCorrectionThroughTheDataDeskShowsInThePublishedWriteupOnTheNextRequest() {
        long id = create(form("Live after a correction", "ABTC closed at {{ABTC.close}} ({{ABTC.change}}).", "published"));
        String path = "/writeups/" + slugOf(id);
        assertNotNull(figure(page(path), "$2.23"));
        DailyBar bar = app.db.dsl().selectFrom(DAILY_BARS).where(DAILY_BARS.TRADE_DATE.eq(REFERENCE))
                .and(DAILY_BARS.COMPANY_ID.eq(app.db.dsl().select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC"))))
                .fetchOne(r -> new DailyBar(r.getTradeDate(), r.getOpenPrice(), r.getHighPrice(), r.getLowPrice(),
                        r.getClosePrice(), r.getVolumeUsd(), r.getMarketCapUsd()));
        String csv = CsvKind.DAILY_BARS.headerLine() + "\n" + REFERENCE + ",ABTC," + bar.open().toPlainString() + ","
                + bar.high().max(new BigDecimal("2.50")).toPlainString() + "," + bar.low().toPlainString() + ",2.50,"
                + bar.volume() + "," + bar.marketCap() + "\n";
        HttpResponse<String> imported = editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file",
                "correction.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(imported.statusCode() == 200 || imported.statusCode() == 303, imported.body());
        Document after = page(path);
        assertNotNull(figure(after, "$2.50"));
        assertNotNull(figure(after, "−56.52 %"));
        assertTrue(after.select(".writeup-body a.live").stream().noneMatch(a -> a.text().equals("$2.23")));
    }

    /** The HTML content of the feed entry titled {@code title} in the site's RSS feed, as text. */
    private String feedEntryText(HttpResponse<String> feed, String title) throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        SyndEntry entry = parsed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
        return Jsoup.parse(entry.getContents().get(0).getValue()).text();
    }

    @Test
    void aDataCorrectionShowsInTheWriteupsFeedItem() throws Exception {
        create(form("Live in the feed", "ABTC closed at {{ABTC.close}} ({{ABTC.change}}).", "published"));
        HttpResponse<String> before = app.get("/feed.xml");
        assertEquals(200, before.statusCode());
        assertTrue(feedEntryText(before, "Live in the feed").contains("ABTC closed at $2.23"));
        assertFalse(before.body().contains("%%live") || before.body().contains("{{"));
        correctAbtcClose("2.5000");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> after = app.get("/feed.xml", Map.of("If-None-Match", etag));
        assertEquals(200, after.statusCode(), "the corrected feed is not the one the reader has");
        assertTrue(feedEntryText(after, "Live in the feed").contains("ABTC closed at $2.50 (−56.52 %)"),
                feedEntryText(after, "Live in the feed"));
    }

    @Test
    void anUnknownPlaceholderIsAnErrorWithItsLineAndBlocksPublishing() {
        String body = "First line.\n\nABTC closed at {{ABTC.price}}.\n\n{{XYZ.close}}\n";
        HttpResponse<String> preview = editor.post("/editor/writeups/new/preview", form("Bad", body, "draft"));
        assertEquals(200, preview.statusCode());
        Document p = Jsoup.parse(preview.body());
        List<String> errors = p.select(".placeholder-errors li").eachText();
        assertEquals(2, errors.size(), p.select("#figure-check").text());
        assertTrue(errors.get(0).startsWith("Line 3: unknown placeholder {{ABTC.price}}"), errors.get(0));
        assertEquals("Line 5: unknown ticker XYZ in {{XYZ.close}}", errors.get(1));
        assertFalse(p.selectFirst(".preview").html().contains("{{"));

        HttpResponse<String> publish = editor.post("/editor/writeups/new", form("Bad", body, "published"));
        assertEquals(422, publish.statusCode());
        Document refused = Jsoup.parse(publish.body());
        assertTrue(refused.select(".field-error").text().contains("Publishing is blocked"), refused.select(".field-error").text());
        assertEquals(2, refused.select(".placeholder-errors li").size());
        assertEquals(404, app.get("/writeups/bad").statusCode(), "nothing was published");

        long draft = create(form("Bad", body, "draft"));
        Document edit = Jsoup.parse(editor.get("/editor/writeups/" + draft).body());
        assertEquals(2, edit.select(".placeholder-errors li").size(), "a draft may keep its errors, shown on every opening");
    }

    @Test
    void placeholdersInTheTitleOrSummaryAreRefusedSoNoneIsEverShownRaw() {
        HttpResponse<String> r = editor.post("/editor/writeups/new",
                Writeups.with(form("ABTC at {{ABTC.close}}", "Text.", "draft"), "summary", "Down {{ABTC.change}}"));
        assertEquals(422, r.statusCode());
        List<String> errors = Jsoup.parse(r.body()).select(".field-error").eachText();
        assertEquals(2, errors.stream().filter(e -> e.startsWith("Live figures ({{…}}) work in the text only")).count(), errors.toString());
    }

    @Test
    void mentionsLinkToTheCompanyAndLinkTheWriteupToIt() {
        long id = create(form("Mentions", "APLD and CORZ rose while ABTC fell; MW and AI are not tickers.", "published"));
        Document doc = page("/writeups/" + slugOf(id));
        assertEquals(List.of("APLD", "CORZ", "ABTC"), doc.select(".writeup-body a.mention").eachText());
        assertEquals("/companies/CORZ", doc.select(".writeup-body a.mention").get(1).attr("href"));
        List<String> linked = app.db.dsl().select(COMPANIES.TICKER).from(WRITEUP_COMPANIES)
                .join(COMPANIES).on(COMPANIES.ID.eq(WRITEUP_COMPANIES.COMPANY_ID))
                .where(WRITEUP_COMPANIES.WRITEUP_ID.eq(id)).orderBy(COMPANIES.TICKER).fetch(COMPANIES.TICKER);
        assertEquals(List.of("ABTC", "APLD", "CORZ"), linked);
    }

    @Test
    void mismatchesAreListedStoredAcknowledgedAndShownOnTheDashboard() {
        String wrong = "ABTC fell 47.40 % this week, while APLD rose 15.20 %.";
        HttpResponse<String> refused = editor.post("/editor/writeups/new", form("The slide", wrong, "published"));
        assertEquals(422, refused.statusCode());
        Document r = Jsoup.parse(refused.body());
        assertEquals(List.of("Line 1: ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23)"),
                r.select(".mismatches .mismatch").eachText());
        assertNotNull(r.selectFirst("input[name=acknowledge]"));

        long id = create(Writeups.with(form("The slide", wrong, "published"), "acknowledge", "on"));
        Document edit = Jsoup.parse(editor.get("/editor/writeups/" + id).body());
        assertEquals(1, edit.select(".mismatches .mismatch").size(), "stored and shown above the form");
        assertTrue(edit.select(".mismatches").text().contains("Published anyway by Erin Editor"), edit.select(".mismatches").text());
        assertTrue(edit.selectFirst("input[name=acknowledge]").hasAttr("checked"));
        Element flagged = Jsoup.parse(editor.get("/editor").body()).selectFirst("table.flagged-writeups tbody tr");
        assertNotNull(flagged);
        assertTrue(flagged.text().contains("The slide") && flagged.text().contains("Erin Editor"), flagged.text());
        assertEquals(200, app.get("/writeups/the-slide").statusCode());

        assertEquals(303, Writeups.save(editor, id, form("The slide", "ABTC fell 61.22 % this week.", "published")).statusCode());
        assertTrue(Jsoup.parse(editor.get("/editor/writeups/" + id).body()).select(".mismatches").isEmpty());
        assertNull(Jsoup.parse(editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
    }

    @Test
    void aCorrectionThatFixesTheDataClearsTheStoredMismatch() {
        long id = create(Writeups.with(form("Typed close", "ABTC closed the week at $2.50.", "published"), "acknowledge", "on"));
        assertNotNull(Jsoup.parse(editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
        correctAbtcClose("2.5000");
        assertNull(Jsoup.parse(editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
        assertTrue(Jsoup.parse(editor.get("/editor/writeups/" + id).body()).select(".mismatches").isEmpty());
    }

    @Test
    void searchPassagesShowCurrentFiguresAndNeverMarkers() {
        create(form("Searchable", "Thanksgiving week: ABTC closed at {{ABTC.close}} after the unlock.", "published"));
        HttpResponse<String> r = app.get("/search?q=thanksgiving");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("%%live"));
        assertFalse(r.body().contains("{{"));
        assertTrue(Jsoup.parse(r.body()).select(".passage").text().contains("$2.23"), r.body());
        assertEquals(200, app.get("/search?q=live").statusCode());
        assertTrue(Jsoup.parse(app.get("/search?q=live").body()).select(".passage").isEmpty(), "markers are not indexed");
    }
}
