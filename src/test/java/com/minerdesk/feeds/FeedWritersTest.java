package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FeedWritersTest {
    static final String BASE = "https://minerdesk.example";
    static final String TRICKY_TITLE = "Miners & <AI> \"pivots\" 'now'";
    static final Instant PUBLISHED = Instant.parse("2025-11-29T14:30:00Z");
    static final Instant UPDATED = Instant.parse("2025-11-30T09:15:00Z");

    static Feed sample() {
        FeedEntry entry = new FeedEntry("tag:minerdesk.example,2025:writeup/7", TRICKY_TITLE + "\u0001",
                BASE + "/writeups/miners-ai", PUBLISHED, UPDATED, "Erin \u000BEditor",
                List.of("ai-hpc", "weekly & more"), "Short dek with <angle> & ampersand.\uFFFE",
                "<p>See <a href=\"/weeks/2025-11-28\">the week</a>, <a href=\"other\">a sibling</a>"
                        + " and <a href=\"https://example.org/x?a=1&amp;b=2\">a source</a>.</p>"
                        + "<p><img src=\"/static/chart.png\" alt=\"chart\"></p>\u0007");
        return Feed.of("tag:minerdesk.example,2025:site", "Minerdesk & friends", "Write-ups <all>",
                BASE + "/", BASE, "Minerdesk", List.of(entry), Instant.EPOCH);
    }

    static SyndFeed rome(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void rssCarriesEveryPartOfAnEntryEscapedAndAbsolute() throws Exception {
        String xml = FeedFormat.RSS.write(sample());
        FeedRules.assertValidRss(xml, BASE + "/feed.xml");
        assertTrue(xml.contains("<title>Miners &#x26; &#x3C;AI&gt; \"pivots\" 'now'</title>"), xml);
        SyndFeed feed = rome(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Minerdesk & friends", feed.getTitle());
        assertEquals("en", feed.getLanguage());
        SyndEntry e = feed.getEntries().get(0);
        assertEquals(TRICKY_TITLE, e.getTitle());
        assertEquals(BASE + "/writeups/miners-ai", e.getLink());
        assertEquals("tag:minerdesk.example,2025:writeup/7", e.getUri());
        assertEquals(PUBLISHED, e.getPublishedDate().toInstant());
        assertEquals("Erin Editor", e.getAuthor());
        assertEquals(List.of("ai-hpc", "weekly & more"), e.getCategories().stream().map(c -> c.getName()).toList());
        assertEquals("Short dek with <angle> & ampersand.", Jsoup.parse(e.getDescription().getValue()).text());
        assertAbsoluteContent(e.getContents().get(0).getValue());
    }

    @Test
    void atomCarriesEveryPartOfAnEntryEscapedAndAbsolute() throws Exception {
        String xml = FeedFormat.ATOM.write(sample());
        FeedRules.assertValidAtom(xml, BASE + "/atom.xml");
        SyndFeed feed = rome(xml);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(UPDATED, feed.getPublishedDate().toInstant());
        SyndEntry e = feed.getEntries().get(0);
        assertEquals(TRICKY_TITLE, e.getTitle());
        assertEquals("tag:minerdesk.example,2025:writeup/7", e.getUri());
        assertEquals(PUBLISHED, e.getPublishedDate().toInstant());
        assertEquals(UPDATED, e.getUpdatedDate().toInstant());
        assertEquals("Erin Editor", e.getAuthor());
        assertEquals("Short dek with <angle> & ampersand.", e.getDescription().getValue());
        assertEquals("html", e.getContents().get(0).getType());
        assertAbsoluteContent(e.getContents().get(0).getValue());
    }

    @Test
    void jsonFeedCarriesEveryPartOfAnItem() {
        String json = FeedFormat.JSON.write(sample());
        List<JsonNode> items = FeedRules.assertValidJsonFeed(json, BASE + "/feed.json");
        JsonNode item = items.get(0);
        assertEquals(TRICKY_TITLE, item.path("title").asText());
        assertEquals("tag:minerdesk.example,2025:writeup/7", item.path("id").asText());
        assertEquals("2025-11-29T14:30:00Z", item.path("date_published").asText());
        assertEquals("2025-11-30T09:15:00Z", item.path("date_modified").asText());
        assertEquals("Erin Editor", item.path("authors").get(0).path("name").asText());
        assertEquals("weekly & more", item.path("tags").get(1).asText());
        assertAbsoluteContent(item.path("content_html").asText());
    }

    @Test
    void aFeedWithoutEntriesIsStillValidInEveryFormat() throws Exception {
        Instant since = Instant.parse("2025-12-01T08:00:00Z");
        Feed empty = Feed.of("tag:minerdesk.example,2025:tags/none", "Empty", "Nothing yet", BASE + "/tags/none",
                BASE + "/tags/none", "Minerdesk", List.of(), since);
        assertEquals(since, empty.updated());
        assertTrue(FeedRules.assertValidRss(FeedFormat.RSS.write(empty), BASE + "/tags/none/feed.xml").isEmpty());
        assertTrue(FeedRules.assertValidAtom(FeedFormat.ATOM.write(empty), BASE + "/tags/none/atom.xml").isEmpty());
        assertTrue(FeedRules.assertValidJsonFeed(FeedFormat.JSON.write(empty), BASE + "/tags/none/feed.json").isEmpty());
        assertEquals(0, rome(FeedFormat.ATOM.write(empty)).getEntries().size());
    }

    @Test
    void charactersXmlForbidsAreRemovedAndOthersKept() {
        assertEquals("ab\tc\n€😀é", XmlText.clean("a\u0000b\t\u001Fc\n€\uFFFF😀\uD800\u0085\uFFFDé"));
    }

    private static void assertAbsoluteContent(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        List<String> hrefs = doc.select("a").eachAttr("href");
        assertEquals(List.of(BASE + "/weeks/2025-11-28", BASE + "/writeups/other", "https://example.org/x?a=1&b=2"), hrefs);
        assertEquals(BASE + "/static/chart.png", doc.selectFirst("img").attr("src"));
        assertFalse(html.contains("\u0007"));
    }
}
