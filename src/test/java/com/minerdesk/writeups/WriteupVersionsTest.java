package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.editPage;
import static com.minerdesk.writeups.Writeups.form;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Conflict detection on save, and the versions page: list, show with difference, restore. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteupVersionsTest {
    TestApp app;
    Browser erin;
    Browser ada;

    @BeforeAll
    void start() {
        app = TestApp.empty();
        erin = app.editor();
        ada = app.admin();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void aStaleSaveGets409WithBothTextsAndChangesNothing() {
        long id = create(erin, form("Shared piece", "Original body.", "draft"));
        String openedAt = Writeups.version(erin, id);
        assertEquals(303, ada.post("/editor/writeups/" + id,
                with(form("Shared piece", "Ada's body wins.", "draft"), "version", openedAt)).statusCode());

        HttpResponse<String> stale = erin.post("/editor/writeups/" + id,
                with(form("Erin's title", "Erin's careful paragraph.", "draft"), "version", openedAt));
        assertEquals(409, stale.statusCode());
        Document page = Jsoup.parse(stale.body());
        assertEquals("Erin's careful paragraph.", page.selectFirst("textarea.mine-body").text());
        assertEquals("Erin's title", page.selectFirst(".mine-title").text());
        assertEquals("Ada's body wins.", page.selectFirst("textarea.current-body").text());
        assertEquals("Ada Admin", page.selectFirst(".saved-by").text());
        assertTrue(page.select("table.diff tr.diff-added").text().contains("Erin's careful paragraph."));

        Document stored = editPage(erin, id);
        assertEquals("Ada's body wins.", stored.selectFirst("textarea#body").text(), "the stored write-up is unchanged");
        assertEquals("2", stored.selectFirst("form.writeup-form input[name=version]").attr("value"));

        // "Save mine over version 2" carries the submitted text with the current version.
        var resubmit = page.selectFirst("form:has(input[name=title])");
        assertNotNull(resubmit);
        assertEquals("Erin's title", resubmit.selectFirst("input[name=title]").attr("value"));
        assertEquals("2", resubmit.selectFirst("input[name=version]").attr("value"));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        resubmit.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.remove("_csrf");
        assertEquals(303, erin.post("/editor/writeups/" + id, fields).statusCode());
        assertEquals("Erin's careful paragraph.", editPage(erin, id).selectFirst("textarea#body").text());
    }

    @Test
    void aSaveWithoutAVersionIsRefused() {
        long id = create(erin, form("No version", "Body.", "draft"));
        HttpResponse<String> r = erin.post("/editor/writeups/" + id, with(form("No version", "Changed.", "draft"), "version", "x"));
        assertEquals(422, r.statusCode());
        assertEquals("Body.", editPage(erin, id).selectFirst("textarea#body").text());
    }

    @Test
    void everySavedVersionIsListedShownComparedAndRestorable() {
        long id = create(erin, form("Evolving", "Line one.\nLine two.", "draft"));
        Writeups.save(ada, id, form("Evolving", "Line one.\nLine 2, rewritten.\nLine three.", "draft"));
        Writeups.save(erin, id, form("Evolving further", "Completely new.", "published"));

        Document list = Jsoup.parse(erin.get("/editor/writeups/" + id + "/revisions").body());
        List<String> versions = list.select("table.revisions tbody th").eachText();
        assertEquals(List.of("3", "2", "1"), versions);
        assertEquals(List.of("Erin Editor", "Ada Admin", "Erin Editor"), list.select("td.saved-by").eachText());

        Document shown = Jsoup.parse(erin.get("/editor/writeups/" + id + "/revisions?show=2").body());
        assertEquals("Line one.\nLine 2, rewritten.\nLine three.", shown.selectFirst("pre.shown-body").wholeText());
        List<String> removed = shown.select("tr.diff-removed td.line").eachText();
        List<String> added = shown.select("tr.diff-added td.line").eachText();
        assertTrue(removed.contains("Line 2, rewritten."), removed.toString());
        assertTrue(added.contains("Completely new."), added.toString());
        assertTrue(removed.contains("Title: Evolving"));

        assertEquals(303, erin.post("/editor/writeups/" + id + "/revisions/2/restore", Map.of("version", "3", "confirm", "yes")).statusCode());
        Document restored = editPage(erin, id);
        assertEquals("Line one.\nLine 2, rewritten.\nLine three.", restored.selectFirst("textarea#body").wholeText());
        assertEquals("Evolving", restored.selectFirst("input#title").attr("value"));
        assertEquals("4", restored.selectFirst("form.writeup-form input[name=version]").attr("value"), "restored as a new version");
        assertEquals("published", restored.selectFirst(".writeup-meta .status").text(), "publication state stays");
        assertEquals("Line 2, rewritten.", Jsoup.parse(app.get("/writeups/evolving-further").body())
                .select(".writeup-body p").text().replaceAll("^Line one\\. | Line three\\.$", ""));
        Document after = Jsoup.parse(erin.get("/editor/writeups/" + id + "/revisions").body());
        assertTrue(after.selectFirst("table.revisions tbody tr").text().contains("restored version 2"));

        assertEquals(409, erin.post("/editor/writeups/" + id + "/revisions/1/restore", Map.of("version", "3", "confirm", "yes")).statusCode(),
                "a restore from a stale page changes nothing");
        assertEquals("4", Writeups.version(erin, id));
        assertEquals(404, erin.get("/editor/writeups/" + id + "/revisions?show=99").statusCode());
        assertEquals(400, erin.get("/editor/writeups/" + id + "/revisions?show=x").statusCode());
        assertEquals(404, erin.post("/editor/writeups/" + id + "/revisions/99/restore", Map.of("version", "4", "confirm", "yes")).statusCode());
        assertTrue(ada.get("/editor/audit").body().contains("writeup-revision-restored"));
    }

    @Test
    void restoringAnIdenticalVersionSaysThereIsNoDifference() {
        long id = create(erin, form("Stable", "Same.", "draft"));
        Writeups.save(erin, id, form("Stable", "Same.", "draft"));
        Document shown = Jsoup.parse(erin.get("/editor/writeups/" + id + "/revisions?show=1").body());
        assertTrue(shown.text().contains("No difference"));
        assertFalse(shown.select("table.diff").size() > 0);
    }
}
