package com.minerdesk.live;

import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvKind;
import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.market.DailyBar;
import com.minerdesk.writeups.Writeups;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data corrections reach published write-ups, their feed items and their stored checks on the next request. */
class LiveCorrectionsTest {
    LiveSite site;

    @BeforeEach
    void start() {
        site = new LiveSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aDataCorrectionThroughTheDataDeskShowsInThePublishedWriteupOnTheNextRequest() {
        long id = site.create(LiveSite.form("Live after a correction", "ABTC closed at {{ABTC.close}} ({{ABTC.change}}).", "published"));
        String path = "/writeups/" + site.slugOf(id);
        assertNotNull(LiveSite.figure(site.page(path), "$2.23"));
        importAbtcClose("2.50");
        Document after = site.page(path);
        assertNotNull(LiveSite.figure(after, "$2.50"));
        assertNotNull(LiveSite.figure(after, "−56.52 %"));
        assertTrue(after.select(".writeup-body a.live").stream().noneMatch(a -> a.text().equals("$2.23")));
    }

    /** Corrects ABTC's close of the reference week through the data desk's CSV import, as an editor does a minute later. */
    private void importAbtcClose(String close) {
        site.app.clock.advance(java.time.Duration.ofMinutes(1));
        DailyBar bar = site.app.db.dsl().selectFrom(DAILY_BARS).where(DAILY_BARS.TRADE_DATE.eq(LiveSite.REFERENCE))
                .and(DAILY_BARS.COMPANY_ID.eq(site.app.db.dsl().select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC"))))
                .fetchOne(r -> new DailyBar(r.getTradeDate(), r.getOpenPrice(), r.getHighPrice(), r.getLowPrice(),
                        r.getClosePrice(), r.getVolumeShares(), r.getMarketCapUsd()));
        String csv = CsvKind.DAILY_BARS.headerLine() + "\n" + LiveSite.REFERENCE + ",ABTC," + bar.open().toPlainString() + ","
                + bar.high().max(new BigDecimal(close)).toPlainString() + "," + bar.low().min(new BigDecimal(close)).toPlainString()
                + "," + close + "," + bar.shares() + "," + bar.marketCap() + "\n";
        HttpResponse<String> imported = site.editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file",
                "correction.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(imported.statusCode() == 200 || imported.statusCode() == 303, imported.body());
    }

    @Test
    void aWriteupThatACorrectionMakesWrongIsFlaggedOnTheDashboardWithoutASave() {
        long id = site.create(LiveSite.form("Typed fall", "ABTC fell 61.22 % this week.", "published"));
        assertNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups"), "right when saved");
        importAbtcClose("2.50");
        Document dashboard = Jsoup.parse(site.editor.get("/editor").body());
        assertNotNull(dashboard.selectFirst("table.flagged-writeups"), "flagged after the correction");
        assertTrue(dashboard.selectFirst("table.flagged-writeups").text().contains("Typed fall"),
                dashboard.selectFirst("table.flagged-writeups").text());
        assertTrue(Jsoup.parse(site.editor.get("/editor/writeups/" + id).body()).selectFirst(".mismatches").text()
                .contains("56.52 %"));
        importAbtcClose("2.23");
        assertNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups"),
                "the data is back to what the text says");
    }

    /** The HTML content of the feed entry titled {@code title} in the site's RSS feed, as text. */
    private String feedEntryText(HttpResponse<String> feed, String title) throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        SyndEntry entry = parsed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
        return Jsoup.parse(entry.getContents().get(0).getValue()).text();
    }

    @Test
    void aDataCorrectionShowsInTheWriteupsFeedItem() throws Exception {
        site.create(LiveSite.form("Live in the feed", "ABTC closed at {{ABTC.close}} ({{ABTC.change}}).", "published"));
        HttpResponse<String> before = site.app.get("/feed.xml");
        assertEquals(200, before.statusCode());
        assertTrue(feedEntryText(before, "Live in the feed").contains("ABTC closed at $2.23"));
        assertFalse(before.body().contains("%%live") || before.body().contains("{{"));
        site.correctAbtcClose("2.5000");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> after = site.app.get("/feed.xml", Map.of("If-None-Match", etag));
        assertEquals(200, after.statusCode(), "the corrected feed is not the one the reader has");
        assertTrue(feedEntryText(after, "Live in the feed").contains("ABTC closed at $2.50 (−56.52 %)"),
                feedEntryText(after, "Live in the feed"));
    }

    @Test
    void aCorrectionThatFixesTheDataClearsTheStoredMismatch() {
        long id = site.create(Writeups.with(LiveSite.form("Typed close", "ABTC closed the week at $2.50.", "published"), "acknowledge", "on"));
        assertNotNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
        site.correctAbtcClose("2.5000");
        assertNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
        assertTrue(Jsoup.parse(site.editor.get("/editor/writeups/" + id).body()).select(".mismatches").isEmpty());
    }
}
