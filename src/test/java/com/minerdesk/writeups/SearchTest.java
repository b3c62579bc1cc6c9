package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /search}: ranking, the highlighted passage, paging, and friendly pages for bad queries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.empty();
        Browser editor = app.editor();
        create(editor, with(form("Cooling for AI chips", "A short note on liquid cooling.", "published"),
                "summary", "Why cooling matters for dense racks."));
        app.clock.advance(Duration.ofMinutes(1));
        create(editor, form("Weekly wrap", "Prices fell. " + "Filler sentence about the market. ".repeat(30)
                + "Late in the week one miner mentioned cooling once.", "published"));
        app.clock.advance(Duration.ofMinutes(1));
        create(editor, form("Cost per coin", "Cooling and power both cost money; power costs the most for miners.", "published"));
        app.clock.advance(Duration.ofMinutes(1));
        create(editor, form("Draft about cooling", "Cooling cooling cooling cooling.", "draft"));
        for (int i = 0; i < 25; i++) {
            app.clock.advance(Duration.ofMinutes(1));
            create(editor, form("Bulk note " + i, "The hashprice topic, item " + i + ".", "published"));
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Document search(String q) {
        HttpResponse<String> r = app.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), q);
        return Jsoup.parse(r.body());
    }

    private static List<String> titles(Document d) {
        return d.select(".search-result h2").eachText();
    }

    @Test
    void titleMatchesRankAboveABodyMentionAndDraftsAreLeftOut() {
        Document d = search("cooling");
        List<String> titles = titles(d);
        assertEquals("Cooling for AI chips", titles.get(0));
        assertEquals(3, titles.size(), titles.toString());
        assertEquals("Weekly wrap", titles.get(2), "a single mention in a long body ranks last");
        assertTrue(d.selectFirst(".search-count").text().startsWith("3 write-ups match"));
    }

    @Test
    void writeupsMatchingMoreOfTheWordsComeFirst() {
        assertEquals("Cost per coin", titles(search("power cooling")).get(0));
    }

    @Test
    void thePassageAroundTheMatchIsShownWithTheMatchMarked() {
        Document d = search("cooling");
        var wrap = d.select(".search-result").stream().filter(r -> r.text().contains("Weekly wrap")).findFirst().orElseThrow();
        String passage = wrap.selectFirst(".passage").text();
        assertTrue(passage.contains("mentioned cooling once"), passage);
        assertTrue(passage.startsWith("…"), "the passage starts mid-text: " + passage);
        assertEquals(List.of("cooling"), wrap.select(".passage mark").eachText());
    }

    @Test
    void pluralsAndCaseDoNotMatter() {
        assertEquals("Cost per coin", titles(search("COSTS Miners")).get(0));
        assertEquals("Cost per coin", titles(search("miner's cost")).get(0));
    }

    @Test
    void resultsArePagedTwentyAtATime() {
        Document first = search("hashprice");
        assertEquals(20, titles(first).size());
        assertTrue(first.selectFirst(".search-count").text().startsWith("25 write-ups match"));
        assertEquals("/search?q=hashprice&page=2", first.selectFirst(".page-links a[rel=next]").attr("href"));
        Document second = Jsoup.parse(app.get("/search?q=hashprice&page=2").body());
        assertEquals(5, titles(second).size());
        Document beyond = Jsoup.parse(app.get("/search?q=hashprice&page=7").body());
        assertTrue(beyond.text().contains("past the last page"));
    }

    @Test
    void emptyOverlongAndUnsearchableQueriesGetAFriendlyPage() {
        assertTrue(search("").selectFirst(".search-advice").text().startsWith("Type a word or two"));
        assertTrue(search("   ").selectFirst(".search-advice").text().startsWith("Type a word or two"));
        Document longOne = search("cooling ".repeat(40));
        assertTrue(longOne.selectFirst(".search-advice").text().contains("longer than we can look for"));
        assertTrue(titles(longOne).isEmpty());
        assertTrue(search("x".repeat(5000)).selectFirst(".search-advice").text().contains("longer"));
        assertTrue(search("the and of").selectFirst(".search-advice").text().contains("too common"));
        assertTrue(search("<script>").select("script").isEmpty());
        assertTrue(search("zzzz-no-such-word").selectFirst(".search-count").text().startsWith("No published write-up matches"));
        assertEquals(400, app.get("/search?q=cooling&page=0").statusCode());
    }
}
