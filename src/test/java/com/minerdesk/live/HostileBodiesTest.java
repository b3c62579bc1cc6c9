package com.minerdesk.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Texts an editor can type that once cost minutes of CPU or a 500: each preview now answers within
 * seconds (the old code took minutes for most of these: 94 s for half as many backticks), and a
 * text nested too deeply is a 422. The bound is generous for a busy machine.
 */
class HostileBodiesTest {
    private static final Duration QUICK = Duration.ofSeconds(15);
    static LiveSite site;

    @BeforeAll
    static void start() {
        site = new LiveSite();
        preview("A first preview loads the week's figures: ABTC fell 5%."); // not part of any timing
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> preview(String body) {
        return assertTimeoutPreemptively(QUICK,
                () -> site.editor.post("/editor/writeups/new/preview", LiveSite.form("Hostile", body, "draft")));
    }

    @Test
    void manyBackticksOrOpenLinksArePreviewedQuickly() {
        assertEquals(200, preview("`".repeat(99_000)).statusCode());
        assertEquals(200, preview("[x](".repeat(24_000)).statusCode());
        assertEquals(200, preview("{{".repeat(24_000) + "\n" + "x}}".repeat(100)).statusCode());
    }

    @Test
    void aLongSentenceFullOfFiguresIsCheckedQuicklyAndStillFlagged() {
        HttpResponse<String> r = preview("ABTC fell 5% ".repeat(7600));
        assertEquals(200, r.statusCode());
        String first = Jsoup.parse(r.body()).selectFirst(".mismatches .mismatch").text();
        assertTrue(first.startsWith("Line 1: ABTC") && first.contains("−61.22 %"), "the first figures are still checked: " + first);
    }

    @Test
    void aTextOverTheLengthLimitIsRefusedBeforeAnyCheck() {
        HttpResponse<String> r = preview("ABTC fell 5% ".repeat(8000));
        assertEquals(422, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).text().contains("The text is too long"), r.body());
    }

    @Test
    void deepNestingIsA422WithAMessage() {
        HttpResponse<String> r = preview(">".repeat(99_000));
        assertEquals(422, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).text().contains("nests quotes or lists too deeply"), r.body());
    }

    @Test
    void markersTypedByHandAreShownAsTheTextTheyAre() {
        String typed = "%%live:chart:ABTC%%";
        long id = site.create(LiveSite.form("Typed marker", "Before.\n\n" + typed + "\n\nAfter " + "%%live:ABTC.close%%.",
                "published"));
        HttpResponse<String> page = site.app.get("/writeups/" + site.slugOf(id));
        assertEquals(200, page.statusCode());
        Document doc = Jsoup.parse(page.body());
        assertTrue(doc.select(".writeup-body svg, .writeup-body figure").isEmpty(), "no chart from a typed marker");
        assertTrue(doc.selectFirst(".writeup-body").text().replace("\u2060", "").contains(typed));
    }
}
