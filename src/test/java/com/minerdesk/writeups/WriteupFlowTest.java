package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.save;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's write-up workflow over HTTP, and what readers see of it. */
class WriteupFlowTest {
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

    private Document page(String path) {
        return Writeups.publicPage(app, path);
    }

    @Test
    void draftThenPublishThenPublicWithBylineTagsWeekAndHomeLead() {
        Map<String, String> draft = with(with(form("Hash rate passes a zettahash", "The network **grew**.", "draft"),
                "tags", "weekly, Hash Rate"), "week", "2025-11-26");
        long id = create(editor, draft);
        assertEquals(404, app.get("/writeups/hash-rate-passes-a-zettahash").statusCode(), "a draft is not public");

        HttpResponse<String> saved = save(editor, id, with(draft, "status", "published"));
        assertEquals(303, saved.statusCode());

        Document w = page("/writeups/hash-rate-passes-a-zettahash");
        assertEquals("Hash rate passes a zettahash", w.selectFirst("h1").text());
        assertEquals("Home › Write-ups › Hash rate passes a zettahash", w.selectFirst("nav.breadcrumbs").text());
        assertEquals("/writeups", w.select("nav.breadcrumbs a").get(1).attr("href"));
        assertEquals("The network grew.", w.selectFirst(".writeup-body").text());
        assertNotNull(w.selectFirst(".writeup-body strong"));
        assertTrue(w.selectFirst(".writeup-meta").text().contains("By Erin Editor"));
        assertTrue(w.selectFirst(".writeup-meta time").text().endsWith("UTC"), "date shown with the zone");
        assertEquals("/weeks/2025-11-28", w.selectFirst("a.week-link").attr("href"), "week normalised to its last trading day");
        assertEquals(List.of("/tags/weekly", "/tags/hash-rate"), w.select(".tag-list a").eachAttr("href"));

        assertEquals("Hash rate passes a zettahash", page("/").selectFirst(".lead-writeup h2").text());
        assertTrue(page("/writeups").select(".writeup-card h2").eachText().contains("Hash rate passes a zettahash"));
        assertTrue(page("/tags/hash-rate").text().contains("Hash rate passes a zettahash"));
        assertEquals("Tagged “Hash Rate”", page("/tags/hash-rate").selectFirst("h1").text());
        assertTrue(page("/authors/erin-editor").text().contains("Hash rate passes a zettahash"));
        assertTrue(page("/search?q=zettahash").text().contains("Hash rate passes a zettahash"));
    }

    @Test
    void draftsNeverAppearOnAnyPublicPage() {
        Map<String, String> draft = with(form("Secret quarrymen draft", "Unpublished quarrymen text.", "draft"),
                "tags", "hidden-tag");
        create(editor, draft);
        assertEquals(404, app.get("/writeups/secret-quarrymen-draft").statusCode());
        assertEquals(404, app.get("/tags/hidden-tag").statusCode());
        assertEquals(404, app.get("/authors/erin-editor").statusCode(), "an author without public write-ups has no page");
        assertFalse(app.get("/writeups").body().contains("quarrymen"));
        assertFalse(app.get("/").body().contains("quarrymen"));
        assertFalse(app.get("/search?q=quarrymen").body().contains("Secret quarrymen draft"));
        assertTrue(page("/search?q=quarrymen").text().contains("No published write-up matches"));
        assertTrue(editor.get("/editor").body().contains("Secret quarrymen draft"), "the dashboard lists drafts");
    }

    @Test
    void slugChangeKeepsTheOldAddressRedirecting() {
        long id = create(editor, form("First title", "Text.", "published"));
        assertEquals(200, app.get("/writeups/first-title").statusCode());
        assertEquals(303, save(editor, id, with(form("First title", "Text.", "published"), "slug", "better-address")).statusCode());

        HttpResponse<String> old = app.get("/writeups/first-title");
        assertEquals(301, old.statusCode());
        assertEquals("/writeups/better-address", old.headers().firstValue("Location").orElseThrow());
        assertEquals(200, app.get("/writeups/better-address").statusCode());

        long other = create(editor, form("Another", "Text.", "draft"));
        HttpResponse<String> taken = save(editor, other, with(form("Another", "Text.", "draft"), "slug", "first-title"));
        assertEquals(422, taken.statusCode(), "an old slug stays reserved for its redirect");
        assertTrue(taken.body().contains("uses the address"));
        assertEquals(422, save(editor, other, with(form("Another", "Text.", "draft"), "slug", "Not A Slug!")).statusCode());
    }

    @Test
    void slugsFromTitlesAreUnique() {
        create(editor, form("Same title", "One.", "published"));
        create(editor, form("Same title", "Two.", "published"));
        assertEquals("One.", page("/writeups/same-title").selectFirst(".writeup-body").text());
        assertEquals("Two.", page("/writeups/same-title-2").selectFirst(".writeup-body").text());
    }

    @Test
    void invalidFormsComeBackWithInlineErrorsAndTheTypedText() {
        HttpResponse<String> r = editor.post("/editor/writeups/new", with(with(form("", "My **long** text", "published"),
                "week", "1999-01-08"), "summary", ""));
        assertEquals(422, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("My **long** text", d.selectFirst("textarea#body").text());
        String errors = String.join(" | ", d.select(".field-error").eachText());
        assertTrue(errors.contains("title"), errors);
        assertTrue(errors.contains("no market data for the week of 1999-01-08"), errors);
        assertTrue(errors.contains("needs a summary"), errors);
        assertEquals(422, editor.post("/editor/writeups/new", with(form("T", "x", "draft"), "week", "2025-13-45")).statusCode());
        assertEquals(422, editor.post("/editor/writeups/new", with(form("T", "x", "gone"), "status", "gone")).statusCode());
        assertEquals(422, editor.post("/editor/writeups/new", with(form("T", "x", "draft"), "tags", "x".repeat(41))).statusCode());
        assertEquals(422, editor.post("/editor/writeups/new", form("T".repeat(201), "x", "draft")).statusCode());
        assertEquals(404, editor.get("/editor/writeups/abc").statusCode());
        assertEquals(404, editor.get("/editor/writeups/99999").statusCode());
    }

    @Test
    void previewRendersWithoutSaving() {
        long id = create(editor, form("Preview me", "Saved text.", "draft"));
        HttpResponse<String> r = editor.post("/editor/writeups/" + id + "/preview",
                with(form("Preview me", "# Changed\n\n| a | b |\n|---|---|\n| 1 | 2 |", "draft"), "version", "1"));
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("Changed", d.selectFirst(".preview .writeup-body h2").text(), "body headings start at h2");
        assertNotNull(d.selectFirst(".preview table td"));
        assertTrue(d.selectFirst("textarea#body").text().contains("# Changed"), "the typed text stays in the form");
        assertEquals("Saved text.", Writeups.editPage(editor, id).selectFirst("textarea#body").text());

        HttpResponse<String> fresh = editor.post("/editor/writeups/new/preview", form("New one", "*new*", "draft"));
        assertEquals(200, fresh.statusCode());
        assertNotNull(Jsoup.parse(fresh.body()).selectFirst(".preview em"));
    }

    @Test
    void unpublishTakesItOffTheSiteAndDeleteIsRecoverableByAnAdmin() {
        long id = create(editor, form("Short lived", "Text.", "published"));
        String version = Writeups.version(editor, id);
        assertEquals(303, editor.post("/editor/writeups/" + id + "/unpublish", Map.of("version", version)).statusCode());
        assertEquals(404, app.get("/writeups/short-lived").statusCode());
        assertEquals("draft", Writeups.editPage(editor, id).selectFirst(".writeup-meta .status").text());

        save(editor, id, form("Short lived", "Text.", "published"));
        assertEquals(200, app.get("/writeups/short-lived").statusCode());
        assertEquals(303, editor.post("/editor/writeups/" + id + "/delete", Map.of("confirm", "yes")).statusCode());
        assertEquals(404, app.get("/writeups/short-lived").statusCode());
        assertEquals(404, editor.get("/editor/writeups/" + id).statusCode());
        assertEquals(403, editor.get("/editor/writeups/deleted").statusCode(), "only admins see deleted write-ups");
        assertEquals(403, editor.post("/editor/writeups/" + id + "/undelete", Map.of()).statusCode());

        Browser admin = app.admin();
        assertTrue(admin.get("/editor/writeups/deleted").body().contains("Short lived"));
        assertEquals(303, admin.post("/editor/writeups/" + id + "/undelete", Map.of()).statusCode());
        assertEquals(200, app.get("/writeups/short-lived").statusCode(), "restored as it was: published");
        String audit = admin.get("/editor/audit").body();
        for (String action : List.of("writeup-created", "writeup-published", "writeup-unpublished", "writeup-deleted",
                "writeup-restored")) {
            assertTrue(audit.contains(action), action);
        }
    }

    @Test
    void editorPagesNeedASignInAndPostsNeedTheToken() {
        Browser anonymous = app.browser();
        HttpResponse<String> r = anonymous.get("/editor/writeups/new");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login"));
        long id = create(editor, form("Guarded", "Text.", "draft"));
        HttpResponse<String> noToken = editor.postRaw("/editor/writeups/" + id,
                with(form("Changed", "Changed.", "published"), "version", "1"));
        assertEquals(403, noToken.statusCode());
        assertEquals("Guarded", Writeups.editPage(editor, id).selectFirst("input#title").attr("value"));
    }

    @Test
    void archivePagesTwentyAtATimeNewestFirst() {
        for (int i = 1; i <= 23; i++) {
            create(editor, form(String.format("Note %02d", i), "Text " + i + ".", "published"));
            app.clock.advance(java.time.Duration.ofMinutes(1));
        }
        Document first = page("/writeups");
        List<String> titles = first.select(".writeup-card h2").eachText();
        assertEquals(20, titles.size());
        assertEquals("Note 23", titles.get(0));
        assertEquals("/writeups?page=2", first.selectFirst(".page-links a[rel=next]").attr("href"));
        Document second = page("/writeups?page=2");
        assertEquals(List.of("Note 03", "Note 02", "Note 01"), second.select(".writeup-card h2").eachText());
        assertEquals(404, app.get("/writeups?page=9").statusCode());
        assertEquals(400, app.get("/writeups?page=abc").statusCode());

        Document middle = page("/writeups/note-12");
        assertEquals("/writeups/note-11", middle.selectFirst(".writeup-neighbours a[rel=prev]").attr("href"));
        assertEquals("/writeups/note-13", middle.selectFirst(".writeup-neighbours a[rel=next]").attr("href"));
    }

    @Test
    void dashboardListsDraftsScheduledAndRecentlyPublished() {
        create(editor, form("A draft piece", "x", "draft"));
        create(editor, form("A published piece", "x", "published"));
        create(editor, with(form("A scheduled piece", "x", "scheduled"), "publishAt",
                java.time.LocalDateTime.ofInstant(app.clock.instant().plusSeconds(7200), java.time.ZoneOffset.UTC)
                        .withSecond(0).withNano(0).toString()));
        Document d = Jsoup.parse(editor.get("/editor").body());
        assertTrue(d.selectFirst("#drafts + div").text().contains("A draft piece"));
        assertTrue(d.selectFirst("#scheduled + div").text().contains("A scheduled piece"));
        assertTrue(d.selectFirst("#published + div").text().contains("A published piece"));
        assertFalse(d.selectFirst("#published + div").text().contains("A scheduled piece"));
    }
}
