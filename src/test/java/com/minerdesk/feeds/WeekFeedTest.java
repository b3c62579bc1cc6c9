package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WeekFeedTest extends DemoSiteTest {

    static SyndFeed fetch(String path, String contentType) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(contentType + "; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        return new SyndFeedInput().build(new StringReader(body(path)));
    }

    static SyndEntry week(SyndFeed feed, String date) {
        return feed.getEntries().stream().filter(e -> e.getLink().equals(BASE + "/weeks/" + date)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + date));
    }

    @Test
    void referenceWeekEntryHasTheReportedFigures() throws Exception {
        SyndFeed feed = fetch("/weeks/feed.xml", "application/rss+xml");
        SyndEntry e = week(feed, "2025-11-28");
        assertEquals("Week ending 28 Nov 2025: sector cap $67.89B (−1.78\u00a0%), 6 up, 28 down", e.getTitle());
        Document content = Jsoup.parseBodyFragment(e.getContents().get(0).getValue());
        String text = content.text().replace('\u00a0', ' ');
        assertTrue(text.contains("Sector market cap: $67.89B, −1.78 % from $69.12B"), text);
        assertTrue(text.contains("Gainers / decliners: 6 / 28 of 34"), text);
        assertTrue(text.contains("BTC price at the week's close: $90,000"), text);
        assertTrue(text.contains("Cash margin per BTC mined: +17.11 %"), text);
        assertTrue(text.contains("All-in margin per BTC mined: −53.11 %"), text);
        List<Element> rows = content.select("table tr:has(td)");
        assertEquals(List.of("APLD", "IREN", "CIFR", "ABTC", "BTOG", "SLNH"),
                rows.stream().map(tr -> tr.selectFirst("td").text()).toList());
        Element abtc = rows.get(3);
        assertEquals("ABTC American Bitcoin Corp. $5.75 $2.23 −61.22 %", abtc.text().replace('\u00a0', ' '));
        assertEquals(BASE + "/companies/ABTC", abtc.selectFirst("a").attr("href"));
        assertEquals("+15.20 %", rows.get(0).select("td").last().text().replace('\u00a0', ' '));
        assertEquals(BASE + "/weeks/2025-11-28", content.select("a").last().attr("href"));
        assertTrue(e.getDescription().getValue().contains("6 gained and 28 declined"));
    }

    @Test
    void entriesAreNewestFirstWithStableIdsAndPublicationAtTheEndOfFriday() throws Exception {
        SyndFeed rss = fetch("/weeks/feed.xml", "application/rss+xml");
        assertEquals(12, rss.getEntries().size());
        assertEquals(BASE + "/weeks/2025-11-28", rss.getEntries().get(0).getLink());
        assertEquals(BASE + "/weeks/2025-09-12", rss.getEntries().get(11).getLink());
        SyndEntry e = week(rss, "2025-11-28");
        assertEquals("tag:minerdesk.test,2025:weeks/2025-11-28", e.getUri());
        // Friday 28 Nov 2025 ends at midnight in New York, 05:00 UTC.
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"), e.getPublishedDate().toInstant());
        assertEquals("Minerdesk", e.getAuthor());
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"), rss.getPublishedDate() == null
                ? Instant.parse("2025-11-29T05:00:00Z") : rss.getPublishedDate().toInstant());

        SyndFeed atom = fetch("/weeks/atom.xml", "application/atom+xml");
        SyndEntry a = week(atom, "2025-11-28");
        assertEquals(e.getUri(), a.getUri());
        assertEquals(e.getTitle(), a.getTitle());
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"), a.getPublishedDate().toInstant());
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"), a.getUpdatedDate().toInstant());
        assertEquals(e.getContents().get(0).getValue(), a.getContents().get(0).getValue());
    }

    @Test
    void bothFeedsPassTheValidatorsRules() {
        FeedRules.assertValidRss(body("/weeks/feed.xml"), BASE + "/weeks/feed.xml");
        FeedRules.assertValidAtom(body("/weeks/atom.xml"), BASE + "/weeks/atom.xml");
    }

    @Test
    void aWeekAppearsOnlyOnceItsFridayHasEndedInNewYork() throws Exception {
        Instant saved = app.clock.instant();
        try {
            app.clock.set(Instant.parse("2025-11-29T04:59:59Z"));
            assertEquals(BASE + "/weeks/2025-11-21", fetch("/weeks/feed.xml", "application/rss+xml").getEntries().get(0).getLink());
            app.clock.set(Instant.parse("2025-11-29T05:00:00Z"));
            assertEquals(BASE + "/weeks/2025-11-28", fetch("/weeks/atom.xml", "application/atom+xml").getEntries().get(0).getLink());
        } finally {
            app.clock.set(saved);
        }
    }
}
