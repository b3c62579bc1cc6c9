package com.minerdesk.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.writeups.BodyChecks;
import com.minerdesk.writeups.Writeups;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A write-up with live figures is pinned to its market week: on save, on preview and in its charts. */
class PinnedWeekTest {
    static LiveSite site;

    @BeforeAll
    static void start() {
        site = new LiveSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, String> withoutWeek(String title, String body, String status) {
        return Writeups.with(Writeups.form(title, body, status), "week", "");
    }

    @Test
    void aPublishedOrScheduledWriteupWithLiveFiguresMustNameItsWeek() {
        for (String status : new String[] {"published", "scheduled"}) {
            Map<String, String> form = withoutWeek("Unpinned " + status, "ABTC ended at {{ABTC.close}}.", status);
            if (status.equals("scheduled")) {
                form = Writeups.with(form, "publishAt", "2030-01-02T09:00");
            }
            HttpResponse<String> r = site.editor.post("/editor/writeups/new", form);
            assertEquals(422, r.statusCode(), status);
            Document page = Jsoup.parse(r.body());
            assertEquals("true", page.selectFirst("#week").attr("aria-invalid"), status);
            assertTrue(page.text().contains(BodyChecks.WEEK_NEEDED), status);
            assertEquals("ABTC ended at {{ABTC.close}}.", page.selectFirst("textarea[name=body]").text(), "the text is kept");
        }
        assertNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("a:containsOwn(Unpinned published)"),
                "nothing was saved");
    }

    @Test
    void aDraftOrAWriteupWithoutLiveFiguresNeedsNoWeek() {
        assertEquals(303, site.editor.post("/editor/writeups/new",
                withoutWeek("Draft with figures", "ABTC ended at {{ABTC.close}}.", "draft")).statusCode());
        assertEquals(303, site.editor.post("/editor/writeups/new",
                withoutWeek("Plain prose", "Miners had a hard week; no figures here.", "published")).statusCode());
    }

    @Test
    void previewRefusesAWeekWithoutDataInsteadOfShowingAnotherWeek() {
        HttpResponse<String> r = site.editor.post("/editor/writeups/new/preview",
                Writeups.with(Writeups.form("Future", "ABTC ended at {{ABTC.close}}.", "draft"), "week", "2031-01-03"));
        assertEquals(422, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.selectFirst("#week-error").text().contains("There is no market data for the week of 2031-01-03"),
                page.select(".error").text());
        assertNull(page.selectFirst(".preview a.live"), "no figures of some other week");
    }

    @Test
    void previewWithoutAWeekSaysWhichFiguresItShowsAndAppliesTheSaveRule() {
        HttpResponse<String> draft = site.editor.post("/editor/writeups/new/preview",
                withoutWeek("Loose", "ABTC ended at {{ABTC.close}}.", "draft"));
        assertEquals(200, draft.statusCode());
        assertTrue(Jsoup.parse(draft.body()).selectFirst(".notice").text().contains("No market week named"));

        HttpResponse<String> publishing = site.editor.post("/editor/writeups/new/preview",
                withoutWeek("Loose", "ABTC ended at {{ABTC.close}}.", "published"));
        assertEquals(422, publishing.statusCode());
        Document page = Jsoup.parse(publishing.body());
        assertTrue(page.text().contains(BodyChecks.WEEK_NEEDED));
        assertNotNull(page.selectFirst(".preview"), "the preview is still shown");
    }

    @Test
    void aChartHasItsPhoneLayoutOnThePageAndOneLayoutInTheFeed() {
        long id = site.create(LiveSite.form("Chart for phones", "{{chart CORZ}}\n", "published"));
        Document page = site.page("/writeups/" + site.slugOf(id));
        assertNotNull(page.selectFirst("figure.live-chart .chart-wide svg"), page.select("figure.live-chart").html());
        assertNotNull(page.selectFirst("figure.live-chart .chart-narrow svg"));
        String feed = site.editor.get("/feed.xml").body();
        int item = feed.indexOf("Chart for phones");
        assertTrue(item > 0, "the write-up is in the feed");
        String entry = feed.substring(item, feed.indexOf("</item>", item));
        assertTrue(entry.contains("live-chart"), "the chart is in the entry");
        assertTrue(!entry.contains("chart-narrow"), "one layout in a feed reader, which has no site CSS to choose with");
    }

    @Test
    void aChartEndsWithTheWriteupsWeek() {
        LocalDate earlier = LiveSite.REFERENCE.minusWeeks(2);
        long id = site.create(Writeups.with(Writeups.form("Two weeks back", "{{chart ABTC}}\n", "published"),
                "week", earlier.toString()));
        Document doc = site.page("/writeups/" + site.slugOf(id));
        String caption = doc.selectFirst("figure.live-chart figcaption").text();
        assertTrue(caption.contains("to 14 Nov 2025, up to the week ending 14 Nov 2025"), caption);
    }
}
