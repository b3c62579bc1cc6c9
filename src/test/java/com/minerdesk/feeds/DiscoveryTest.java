package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscoveryTest extends DemoSiteTest {
    static final String FALLBACK_DESCRIPTION = "Weekly figures, cost economics and AI/HPC pivots of the listed Bitcoin-mining sector.";

    static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        assertNotNull(e, "missing " + selector);
        return e.attr(e.hasAttr("content") ? "content" : "href");
    }

    @Test
    void robotsNamesTheSitemapAndKeepsTheEditorOut() {
        HttpResponse<String> r = app.get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.contains("User-agent: *"));
        assertTrue(lines.contains("Disallow: /editor"));
        assertTrue(lines.contains("Disallow: /login"));
        assertTrue(lines.contains("Sitemap: " + BASE + "/sitemap.xml"));
    }

    @Test
    void sitemapListsMainPagesWeeksAndCompaniesWithLastmod() {
        HttpResponse<String> r = app.get("/sitemap.xml");
        assertEquals("application/xml; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        org.w3c.dom.Document doc = FeedRules.parse(r.body());
        assertEquals(SitemapWriter.NS, doc.getDocumentElement().getNamespaceURI());
        var urls = doc.getElementsByTagNameNS(SitemapWriter.NS, "url");
        Map<String, String> lastmod = new java.util.LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            var url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SitemapWriter.NS, "loc").item(0).getTextContent();
            FeedRules.assertAbsoluteUrl(loc);
            var mod = url.getElementsByTagNameNS(SitemapWriter.NS, "lastmod");
            lastmod.put(loc, mod.getLength() == 0 ? null : mod.item(0).getTextContent());
        }
        assertEquals("2025-11-28", lastmod.get(BASE + "/"));
        assertEquals("2025-11-28", lastmod.get(BASE + "/weeks"));
        assertEquals("2025-11-28", lastmod.get(BASE + "/companies"));
        assertEquals("2025-11-28", lastmod.get(BASE + "/economics"));
        assertTrue(lastmod.get(BASE + "/pivots").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(lastmod.containsKey(BASE + "/subscribe"));
        assertEquals("2025-11-28", lastmod.get(BASE + "/weeks/2025-11-28"));
        assertEquals("2025-09-12", lastmod.get(BASE + "/weeks/2025-09-12"));
        assertEquals("2025-11-28", lastmod.get(BASE + "/companies/ABTC"));
        assertEquals(12, lastmod.keySet().stream().filter(u -> u.startsWith(BASE + "/weeks/")).count());
        assertEquals(34, lastmod.keySet().stream().filter(u -> u.startsWith(BASE + "/companies/")).count());
        lastmod.keySet().forEach(loc -> assertEquals(200, app.get(loc.substring(BASE.length())).statusCode(), loc));
    }

    @Test
    void subscribePageListsEveryFeedWithWhatItContains() {
        Document doc = page("/subscribe");
        assertEquals("Subscribe", doc.selectFirst("h1").text());
        Element weeks = doc.select("section.feed-group").stream()
                .filter(s -> s.selectFirst("h2").text().equals("Market weeks")).findFirst().orElseThrow();
        assertTrue(weeks.text().contains("top and bottom three movers"));
        List<String> hrefs = weeks.select("a").eachAttr("href");
        assertEquals(List.of("/weeks/feed.xml", "/weeks/atom.xml"), hrefs);
        assertTrue(weeks.text().contains(BASE + "/weeks/feed.xml"));
        for (Element a : doc.select("section.feed-group a")) {
            assertEquals(200, app.get(a.attr("href")).statusCode(), a.attr("href"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/weeks", "/weeks/2025-11-28", "/companies", "/companies/ABTC", "/economics",
            "/pivots", "/writeups", "/subscribe"})
    void everyPublicPageHasCanonicalDescriptionOpenGraphAndTwitterTagsAndTheSiteFeeds(String path) {
        Document doc = page(path);
        assertEquals("/feed.xml", meta(doc, "link[rel=alternate][type=application/rss+xml][href=/feed.xml]"));
        assertEquals("/atom.xml", meta(doc, "link[rel=alternate][type=application/atom+xml][href=/atom.xml]"));
        assertEquals(BASE + path, meta(doc, "link[rel=canonical]"));
        String description = meta(doc, "meta[name=description]");
        assertFalse(description.isBlank());
        assertFalse(description.equals(FALLBACK_DESCRIPTION) && !path.equals("/"), path + " has no description of its own");
        String title = meta(doc, "meta[property=og:title]");
        assertFalse(title.isBlank() || title.equals("Minerdesk"), path + " has no og:title of its own");
        assertEquals(description, meta(doc, "meta[property=og:description]"));
        assertEquals("website", meta(doc, "meta[property=og:type]"));
        assertEquals(BASE + path, meta(doc, "meta[property=og:url]"));
        // a week and a company are shared with their card (issue #18), the other pages with the small summary
        boolean shareCard = path.matches("/(weeks|companies)/.+");
        assertEquals(shareCard ? "summary_large_image" : "summary", meta(doc, "meta[name=twitter:card]"));
        assertEquals(shareCard, !doc.select("meta[property=og:image]").isEmpty(), path);
        assertEquals(title, meta(doc, "meta[name=twitter:title]"));
        assertEquals(description, meta(doc, "meta[name=twitter:description]"));
    }

    @Test
    void pageDescriptionsSayWhatThePageShows() {
        assertTrue(meta(page("/"), "meta[name=description]").contains("week ending 28 Nov 2025"));
        assertEquals("ABTC · American Bitcoin Corp.", meta(page("/companies/ABTC"), "meta[property=og:title]"));
        assertTrue(meta(page("/companies"), "meta[name=description]").startsWith("The 34 listed"));
    }

    @Test
    void theTitleIsTheOneTheHandlerSetsAndFilteredListsAreTheirOwnCanonicalPage() {
        Document economics = page("/economics");
        assertEquals("What it costs to produce one BTC — Minerdesk", economics.title());
        assertEquals("What it costs to produce one BTC", meta(economics, "meta[property=og:title]"));
        assertEquals("Listed Bitcoin miners — Minerdesk", page("/companies").title());
        Document quarter = page("/weeks?quarter=2025-Q3");
        assertEquals("Market weeks, Q3 2025 — Minerdesk", quarter.title());
        assertEquals("Market weeks, Q3 2025", meta(quarter, "meta[name=twitter:title]"));
        assertEquals(BASE + "/weeks?quarter=2025-Q3", meta(quarter, "link[rel=canonical]"));
        assertEquals(BASE + "/weeks", meta(page("/weeks?quarter=2025-Q4"), "link[rel=canonical]"), "the latest quarter is /weeks");
        assertEquals(BASE + "/pivots?company=APLD", meta(page("/pivots?company=apld"), "link[rel=canonical]"));
        assertEquals(BASE + "/weeks/2025-11-28", meta(page("/weeks/2025-11-28?sort=change"), "link[rel=canonical]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/weeks", "/weeks/2025-11-28"})
    void weekPagesAnnounceTheWeeksFeeds(String path) {
        Document doc = page(path);
        Map<String, String> feeds = doc.select("link[rel=alternate][href^=/weeks]").stream()
                .collect(Collectors.toMap(l -> l.attr("type"), l -> l.attr("href")));
        assertEquals(Map.of("application/rss+xml", "/weeks/feed.xml", "application/atom+xml", "/weeks/atom.xml"), feeds);
    }

    @Test
    void anEmptySiteStillServesValidFeedsAndSitemap() {
        try (TestApp empty = TestApp.empty()) {
            HttpResponse<String> rss = empty.get("/weeks/feed.xml");
            assertEquals(200, rss.statusCode());
            assertTrue(FeedRules.assertValidRss(rss.body(), BASE + "/weeks/feed.xml").isEmpty());
            assertTrue(rss.headers().firstValue("Last-Modified").isPresent());
            assertTrue(FeedRules.assertValidAtom(empty.get("/weeks/atom.xml").body(), BASE + "/weeks/atom.xml").isEmpty());
            HttpResponse<String> sitemap = empty.get("/sitemap.xml");
            assertEquals(200, sitemap.statusCode());
            assertEquals(7, FeedRules.parse(sitemap.body()).getElementsByTagNameNS(SitemapWriter.NS, "url").getLength());
            HttpResponse<String> site = empty.get("/feed.json");
            assertTrue(FeedRules.assertValidJsonFeed(site.body(), BASE + "/feed.json").isEmpty());
            assertTrue(FeedRules.assertValidRss(empty.get("/feed.xml").body(), BASE + "/feed.xml").isEmpty());
            assertTrue(FeedRules.assertValidAtom(empty.get("/atom.xml").body(), BASE + "/atom.xml").isEmpty());
        }
    }
}
