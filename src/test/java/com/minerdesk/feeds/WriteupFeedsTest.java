package com.minerdesk.feeds;

import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.minerdesk.demo.DemoWriteups;
import com.minerdesk.market.MarketData;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.WriteupRenderer;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The write-up feeds over the demo write-ups and write-ups an editor publishes through the forms. */
class WriteupFeedsTest {
    static final String BASE = "http://minerdesk.test";
    static final String TRICKY = "Miners & <AI> \"pivots\"";
    static TestApp app;
    static long tricky;
    static Instant trickyPublished;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        assertTrue(DemoWriteups.loadIfNone(app.db, WriteupRenderer.forSite(app.config.baseUrl())));
        trickyPublished = app.clock.instant();
        tricky = create(form(TRICKY, "AI pivots", "published", "ai-hpc, outlook",
                "See [the week](/weeks/2025-11-28), [the archive](../writeups) and "
                        + "![a chart](https://example.org/chart.png \"chart\")."));
        long apld = MarketData.over(app.db.dsl()).companies().byTicker("APLD").orElseThrow().id();
        app.db.writeVoid(tx -> tx.insertInto(WRITEUP_COMPANIES).set(WRITEUP_COMPANIES.WRITEUP_ID, tricky)
                .set(WRITEUP_COMPANIES.COMPANY_ID, apld).execute());
        app.clock.advance(Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Map<String, String> form(String title, String summary, String status, String tags, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("slug", "");
        f.put("summary", summary);
        f.put("body", body);
        f.put("tags", tags);
        f.put("week", "");
        f.put("status", status);
        f.put("publishAt", "");
        return f;
    }

    /** Creates a write-up through the editor's form (signed in afresh: tests move the clock past sessions). */
    static long create(Map<String, String> form) {
        HttpResponse<String> r = app.editor().post("/editor/writeups/new", form);
        assertEquals(303, r.statusCode(), r.body());
        return Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll("^/editor/writeups/(\\d+).*$", "$1"));
    }

    static SyndFeed rome(String path, String contentType) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals(contentType + "; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        return new SyndFeedInput().build(new StringReader(r.body()));
    }

    static SyndEntry entry(SyndFeed feed, long id) {
        return feed.getEntries().stream().filter(e -> e.getUri().equals("tag:minerdesk.test,2025:writeups/" + id))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for write-up " + id));
    }

    /** The page an Atom feed mirrors (Rome's getLink() answers the self link). */
    static String alternate(SyndFeed feed) {
        return feed.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref();
    }

    static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void siteFeedsCarryTheLatestWriteupsNewestFirstInEveryFormat() throws Exception {
        SyndFeed rss = rome("/feed.xml", "application/rss+xml");
        assertEquals(List.of(TRICKY, "Miners slide while bitcoin nears $91,000", "What it costs to mine one bitcoin"), titles(rss));
        SyndEntry e = entry(rss, tricky);
        assertEquals(BASE + "/writeups/miners-ai-pivots", e.getLink());
        assertEquals(trickyPublished.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), e.getPublishedDate().toInstant());
        assertEquals("Erin Editor", e.getAuthor());
        assertEquals(List.of("ai-hpc", "outlook"), e.getCategories().stream().map(c -> c.getName()).toList());
        assertEquals("AI pivots", Jsoup.parse(e.getDescription().getValue()).text());
        Document content = Jsoup.parseBodyFragment(e.getContents().get(0).getValue());
        assertEquals(List.of(BASE + "/weeks/2025-11-28", BASE + "/writeups"), content.select("a").eachAttr("href"));
        assertEquals("https://example.org/chart.png", content.selectFirst("img").attr("src"));

        SyndFeed atom = rome("/atom.xml", "application/atom+xml");
        assertEquals(titles(rss), titles(atom));
        SyndEntry a = entry(atom, tricky);
        assertEquals(e.getPublishedDate(), a.getPublishedDate());
        assertEquals(e.getContents().get(0).getValue(), a.getContents().get(0).getValue());
        SyndEntry demo = atom.getEntries().get(1);
        assertEquals(Instant.parse("2025-11-29T09:00:00Z"), demo.getPublishedDate().toInstant());
        assertEquals(Instant.parse("2025-11-29T09:00:00Z"), demo.getUpdatedDate().toInstant(), "never edited: updated = published");
        assertTrue(demo.getContents().get(0).getValue().contains("61.22"));

        HttpResponse<String> json = app.get("/feed.json");
        assertEquals("application/feed+json; charset=utf-8", json.headers().firstValue("Content-Type").orElseThrow());
        List<JsonNode> items = FeedRules.assertValidJsonFeed(json.body(), BASE + "/feed.json");
        assertEquals(TRICKY, items.get(0).path("title").asText());
        assertEquals("tag:minerdesk.test,2025:writeups/" + tricky, items.get(0).path("id").asText());
        assertEquals(e.getContents().get(0).getValue(), items.get(0).path("content_html").asText());
    }

    @Test
    void everyWriteupFeedPassesTheValidatorsRules() {
        FeedRules.assertValidRss(app.get("/feed.xml").body(), BASE + "/feed.xml");
        FeedRules.assertValidAtom(app.get("/atom.xml").body(), BASE + "/atom.xml");
        FeedRules.assertValidRss(app.get("/tags/ai-hpc/feed.xml").body(), BASE + "/tags/ai-hpc/feed.xml");
        FeedRules.assertValidAtom(app.get("/tags/ai-hpc/atom.xml").body(), BASE + "/tags/ai-hpc/atom.xml");
        FeedRules.assertValidRss(app.get("/companies/APLD/feed.xml").body(), BASE + "/companies/APLD/feed.xml");
        FeedRules.assertValidAtom(app.get("/companies/ABTC/atom.xml").body(), BASE + "/companies/ABTC/atom.xml");
    }

    @Test
    void titlesWithAmpersandsAnglesAndQuotesSurviveEveryFormat() {
        String rss = app.get("/feed.xml").body();
        assertTrue(rss.contains("<title>Miners &#x26; &#x3C;AI&gt; \"pivots\"</title>"), rss);
        String atom = app.get("/atom.xml").body();
        assertTrue(atom.contains("<title type=\"text\">Miners &amp; &lt;AI&gt; \"pivots\"</title>"), atom);
        assertTrue(app.get("/feed.json").body().contains("\"title\" : \"Miners & <AI> \\\"pivots\\\"\""));
    }

    @Test
    void tagFeedsHoldTheirWriteupsAndUnknownTagsAre404() throws Exception {
        assertEquals(List.of(TRICKY, "Miners slide while bitcoin nears $91,000"),
                titles(rome("/tags/ai-hpc/feed.xml", "application/rss+xml")));
        SyndFeed economics = rome("/tags/economics/atom.xml", "application/atom+xml");
        assertEquals(List.of("What it costs to mine one bitcoin"), titles(economics));
        assertEquals(BASE + "/tags/economics", alternate(economics));
        assertEquals(404, app.get("/tags/no-such-tag/feed.xml").statusCode());
        assertEquals(404, app.get("/tags/no-such-tag/atom.xml").statusCode());
        create(form("Draft only", "A draft", "draft", "draft-only-tag", "Not yet."));
        assertEquals(404, app.get("/tags/draft-only-tag/feed.xml").statusCode(), "a tag only drafts carry is not public");
    }

    @Test
    void companyFeedsHoldTheWriteupsLinkedToTheCompany() throws Exception {
        // the company feeds also carry the company's monthly production reports (#16), titled "APLD November 2025: …"
        assertEquals(List.of(TRICKY), titles(rome("/companies/APLD/feed.xml", "application/rss+xml")).stream()
                .filter(t -> !t.startsWith("APLD ")).toList());
        SyndFeed none = rome("/companies/ABTC/atom.xml", "application/atom+xml");
        assertTrue(none.getEntries().stream().allMatch(e -> e.getTitle().startsWith("ABTC ")),
                "a company nobody wrote about has only its production reports");
        assertEquals(BASE + "/companies/ABTC", alternate(none));
        assertEquals(404, app.get("/companies/NOPE/feed.xml").statusCode());
        assertEquals(404, app.get("/companies/not a ticker/atom.xml".replace(" ", "%20")).statusCode());
        HttpResponse<String> lower = app.get("/companies/apld/feed.xml");
        assertEquals(301, lower.statusCode());
        assertEquals("/companies/APLD/feed.xml", lower.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aChangedSlugKeepsTheEntrysId() throws Exception {
        long id = create(form("Hash rate passes one zettahash", "Hash rate", "published", "", "Body."));
        app.clock.advance(Duration.ofMinutes(1));
        SyndEntry before = entry(rome("/atom.xml", "application/atom+xml"), id);
        Browser editor = app.editor();
        Map<String, String> changed = form("Hash rate passes one zettahash", "Hash rate", "published", "", "Body, edited.");
        changed.put("slug", "zettahash");
        changed.put("version", Jsoup.parse(editor.get("/editor/writeups/" + id).body())
                .selectFirst("input[name=version]").attr("value"));
        assertEquals(303, editor.post("/editor/writeups/" + id, changed).statusCode());
        app.clock.advance(Duration.ofMinutes(1));
        SyndEntry after = entry(rome("/atom.xml", "application/atom+xml"), id);
        assertEquals(before.getUri(), after.getUri());
        assertEquals(BASE + "/writeups/zettahash", after.getLink());
        assertEquals(before.getPublishedDate(), after.getPublishedDate());
        assertTrue(after.getUpdatedDate().after(before.getUpdatedDate()), "an edit after publication moves updated");
    }

    @Test
    void aScheduledWriteupEntersTheFeedsAtItsTime() throws Exception {
        Instant at = app.clock.instant().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Map<String, String> f = form("Scheduled outlook", "Later", "scheduled", "later", "Soon.");
        f.put("publishAt", at.toString().substring(0, 16));
        long id = create(f);
        assertFalse(app.get("/feed.xml").body().contains("Scheduled outlook"));
        assertEquals(404, app.get("/tags/later/atom.xml").statusCode());
        app.clock.set(at);
        SyndEntry e = entry(rome("/feed.xml", "application/rss+xml"), id);
        assertEquals(at, e.getPublishedDate().toInstant());
        assertEquals(List.of("Scheduled outlook"), titles(rome("/tags/later/atom.xml", "application/atom+xml")));
        app.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void writeupFeedsAnswerConditionalGet() {
        for (String path : List.of("/feed.xml", "/atom.xml", "/feed.json", "/tags/ai-hpc/atom.xml", "/companies/APLD/feed.xml")) {
            HttpResponse<String> first = app.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> byEtag = app.get(path, Map.of("If-None-Match", etag));
            assertEquals(304, byEtag.statusCode(), path);
            assertEquals("", byEtag.body());
            assertEquals(304, app.get(path, Map.of("If-Modified-Since", modified)).statusCode(), path);
        }
    }

    @Test
    void pagesAnnounceTheirFeedsAndWriteupsTheirArticleData() {
        Document tag = Jsoup.parse(app.get("/tags/ai-hpc").body());
        assertEquals("/tags/ai-hpc/feed.xml", tag.selectFirst("link[rel=alternate][type=application/rss+xml][href^=/tags]").attr("href"));
        assertEquals("/tags/ai-hpc/atom.xml", tag.selectFirst("link[rel=alternate][type=application/atom+xml][href^=/tags]").attr("href"));
        Document company = Jsoup.parse(app.get("/companies/APLD").body());
        assertEquals("/companies/APLD/feed.xml", company.selectFirst("link[rel=alternate][href^=/companies][type=application/rss+xml]").attr("href"));
        assertEquals("/companies/APLD/atom.xml", company.selectFirst("link[rel=alternate][href^=/companies][type=application/atom+xml]").attr("href"));

        Document w = Jsoup.parse(app.get("/writeups/miners-slide-while-bitcoin-nears-91000").body());
        assertEquals("article", w.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("2025-11-29T09:00:00Z", w.selectFirst("meta[property=article:published_time]").attr("content"));
        assertTrue(w.selectFirst("meta[property=article:author]").attr("content").startsWith(BASE + "/authors/"));
        assertEquals(List.of("weekly", "ai-hpc"), w.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("Miners slide while bitcoin nears $91,000", w.selectFirst("meta[property=og:title]").attr("content"));
    }

    @Test
    void sitemapAndSubscribeListWriteupsAndTags() {
        String sitemap = app.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<url><loc>" + BASE + "/writeups/miners-slide-while-bitcoin-nears-91000</loc><lastmod>2025-11-29</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>" + BASE + "/tags/economics</loc><lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + BASE + "/writeups</loc>"), sitemap);
        assertFalse(sitemap.contains("draft-only"), sitemap);

        Document subscribe = Jsoup.parse(app.get("/subscribe").body());
        List<String> hrefs = subscribe.select("section.feed-group a").eachAttr("href");
        assertTrue(hrefs.containsAll(List.of("/feed.xml", "/atom.xml", "/feed.json", "/tags/ai-hpc/feed.xml",
                "/tags/economics/atom.xml", "/companies/APLD/feed.xml", "/companies/ABTC/atom.xml")), hrefs.toString());
        assertFalse(hrefs.contains("/tags/draft-only-tag/feed.xml"));
    }
}
