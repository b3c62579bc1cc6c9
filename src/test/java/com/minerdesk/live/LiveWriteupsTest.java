package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.writeups.Writeups;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live figures, mentions and the fact-check through the write-up editor and the public pages. */
class LiveWriteupsTest {
    static LiveSite site;

    @BeforeAll
    static void start() {
        site = new LiveSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void publishedWriteupShowsTheReferenceWeeksFiguresLinkedToTheirPages() {
        long id = site.create(LiveSite.form("Reference week", """
                ABTC went from {{ABTC.open}} to {{ABTC.close}}, {{ABTC.change}} on the week.

                The sector ended at {{sector.marketcap}} with {{sector.gainers}} gainers and {{sector.decliners}} decliners.

                {{movers 3}}
                """, "published"));
        Document doc = site.page("/writeups/" + site.slugOf(id));
        assertEquals("/companies/ABTC", LiveSite.figure(doc, "−61.22 %").attr("href"));
        assertEquals("/companies/ABTC", LiveSite.figure(doc, "$2.23").attr("href"));
        assertEquals("/weeks/2025-11-28", LiveSite.figure(doc, "$67.89B").attr("href"));
        assertEquals("/weeks/2025-11-28", LiveSite.figure(doc, "6").attr("href"));
        assertEquals(6, doc.select(".writeup-body figure.live-movers tbody tr th[scope=row]").size());
        assertEquals("/companies/ABTC", doc.selectFirst(".writeup-body a.mention").attr("href"));
    }

    @Test
    void theMoversBlockShowsTheSameMoversAsTheHomePage() {
        long id = site.create(LiveSite.form("Movers of the week", "{{movers 5}}\n", "published"));
        Document writeup = site.page("/writeups/" + site.slugOf(id));
        List<String> block = writeup.select(".writeup-body figure.live-movers tbody tr th[scope=row]").eachText();
        Document home = site.page("/");
        List<String> homeMovers = new java.util.ArrayList<>(
                home.select("table[aria-labelledby=top-movers] tbody tr th[scope=row]").eachText());
        homeMovers.addAll(home.select("table[aria-labelledby=bottom-movers] tbody tr th[scope=row]").eachText());
        assertEquals(10, block.size(), writeup.select(".writeup-body").html());
        assertEquals(homeMovers, block);
    }

    @Test
    void anUnknownPlaceholderIsAnErrorWithItsLineAndBlocksPublishing() {
        String body = "First line.\n\nABTC closed at {{ABTC.price}}.\n\n{{XYZ.close}}\n";
        HttpResponse<String> preview = site.editor.post("/editor/writeups/new/preview", LiveSite.form("Bad", body, "draft"));
        assertEquals(200, preview.statusCode());
        Document p = Jsoup.parse(preview.body());
        List<String> errors = p.select(".placeholder-errors li").eachText();
        assertEquals(2, errors.size(), p.select("#figure-check").text());
        assertTrue(errors.get(0).startsWith("Line 3: unknown placeholder {{ABTC.price}}"), errors.get(0));
        assertEquals("Line 5: unknown ticker XYZ in {{XYZ.close}}", errors.get(1));
        assertFalse(p.selectFirst(".preview").html().contains("{{"));

        HttpResponse<String> publish = site.editor.post("/editor/writeups/new", LiveSite.form("Bad", body, "published"));
        assertEquals(422, publish.statusCode());
        Document refused = Jsoup.parse(publish.body());
        assertTrue(refused.select(".field-error").text().contains("Publishing is blocked"), refused.select(".field-error").text());
        assertEquals(2, refused.select(".placeholder-errors li").size());
        assertEquals(404, site.app.get("/writeups/bad").statusCode(), "nothing was published");

        long draft = site.create(LiveSite.form("Bad", body, "draft"));
        Document edit = Jsoup.parse(site.editor.get("/editor/writeups/" + draft).body());
        assertEquals(2, edit.select(".placeholder-errors li").size(), "a draft may keep its errors, shown on every opening");
    }

    @Test
    void placeholdersInTheTitleOrSummaryAreRefusedSoNoneIsEverShownRaw() {
        HttpResponse<String> r = site.editor.post("/editor/writeups/new",
                Writeups.with(LiveSite.form("ABTC at {{ABTC.close}}", "Text.", "draft"), "summary", "Down {{ABTC.change}}"));
        assertEquals(422, r.statusCode());
        List<String> errors = Jsoup.parse(r.body()).select(".field-error").eachText();
        assertEquals(2, errors.stream().filter(e -> e.startsWith("Live figures ({{…}}) work in the text only")).count(), errors.toString());
    }

    @Test
    void mentionsLinkToTheCompanyAndLinkTheWriteupToIt() {
        long id = site.create(LiveSite.form("Mentions", "APLD and CORZ rose while ABTC fell; MW and AI are not tickers.", "published"));
        Document doc = site.page("/writeups/" + site.slugOf(id));
        assertEquals(List.of("APLD", "CORZ", "ABTC"), doc.select(".writeup-body a.mention").eachText());
        assertEquals("/companies/CORZ", doc.select(".writeup-body a.mention").get(1).attr("href"));
        List<String> linked = site.app.db.dsl().select(COMPANIES.TICKER).from(WRITEUP_COMPANIES)
                .join(COMPANIES).on(COMPANIES.ID.eq(WRITEUP_COMPANIES.COMPANY_ID))
                .where(WRITEUP_COMPANIES.WRITEUP_ID.eq(id)).orderBy(COMPANIES.TICKER).fetch(COMPANIES.TICKER);
        assertEquals(List.of("ABTC", "APLD", "CORZ"), linked);
    }

    @Test
    void aCompanyPageListsThePublicWriteupsThatMentionItAndItsFeeds() {
        site.create(LiveSite.form("CORZ signs a lease", "CORZ signed another lease.", "published"));
        site.create(LiveSite.form("CORZ draft", "CORZ is in a draft only.", "draft"));
        Document corz = site.page("/companies/CORZ");
        List<String> listed = corz.select(".company-writeups li a").eachText();
        assertEquals("CORZ signs a lease", listed.get(0), "newest first");
        assertFalse(listed.contains("CORZ draft"), "drafts are not public: " + listed);
        assertEquals("/companies/CORZ/feed.xml", corz.selectFirst(".company-writeups .follow a").attr("href"));
        assertEquals("/companies/CORZ/atom.xml", corz.select(".company-writeups .follow a").get(1).attr("href"));
        Document mara = site.page("/companies/MARA");
        assertEquals("No published write-up mentions MARA yet.", mara.selectFirst(".company-writeups .empty").text());
    }

    @Test
    void mismatchesAreListedStoredAcknowledgedAndShownOnTheDashboard() {
        String wrong = "ABTC fell 47.40 % this week, while APLD rose 15.20 %.";
        HttpResponse<String> refused = site.editor.post("/editor/writeups/new", LiveSite.form("The slide", wrong, "published"));
        assertEquals(422, refused.statusCode());
        Document r = Jsoup.parse(refused.body());
        assertEquals(List.of("Line 1: ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23)"),
                r.select(".mismatches .mismatch").eachText());
        assertNotNull(r.selectFirst("input[name=acknowledge]"));

        long id = site.create(Writeups.with(LiveSite.form("The slide", wrong, "published"), "acknowledge", "on"));
        Document edit = Jsoup.parse(site.editor.get("/editor/writeups/" + id).body());
        assertEquals(1, edit.select(".mismatches .mismatch").size(), "stored and shown above the form");
        assertTrue(edit.select(".mismatches").text().contains("Published anyway by Erin Editor"), edit.select(".mismatches").text());
        assertTrue(edit.selectFirst("input[name=acknowledge]").hasAttr("checked"));
        Element flagged = Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups tbody tr");
        assertNotNull(flagged);
        assertTrue(flagged.text().contains("The slide") && flagged.text().contains("Erin Editor"), flagged.text());
        assertEquals(200, site.app.get("/writeups/the-slide").statusCode());

        assertEquals(303, Writeups.save(site.editor, id, LiveSite.form("The slide", "ABTC fell 61.22 % this week.", "published")).statusCode());
        assertTrue(Jsoup.parse(site.editor.get("/editor/writeups/" + id).body()).select(".mismatches").isEmpty());
        assertNull(Jsoup.parse(site.editor.get("/editor").body()).selectFirst("table.flagged-writeups"));
    }

    @Test
    void searchPassagesShowCurrentFiguresAndNeverMarkers() {
        site.create(LiveSite.form("Searchable", "Thanksgiving week: ABTC closed at {{ABTC.close}} after the unlock.", "published"));
        HttpResponse<String> r = site.app.get("/search?q=thanksgiving");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("%%live"));
        assertFalse(r.body().contains("{{"));
        assertTrue(Jsoup.parse(r.body()).select(".passage").text().contains("$2.23"), r.body());
        assertEquals(200, site.app.get("/search?q=live").statusCode());
        assertTrue(Jsoup.parse(site.app.get("/search?q=live").body()).select(".passage").isEmpty(), "markers are not indexed");
    }
}
