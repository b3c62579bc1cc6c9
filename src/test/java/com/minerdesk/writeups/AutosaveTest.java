package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.editPage;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Drafts save themselves (POST .../autosave, as static/editor.js sends it); one revision per editing session. */
class AutosaveTest extends EditorTestBase {
    static final String SESSION_A = "aaaaaaaaaaaaaaaaaaaaaaaa";
    static final String SESSION_B = "bbbbbbbbbbbbbbbbbbbbbbbb";

    private JsonNode autosave(String id, Map<String, String> fields, int expectedStatus) throws Exception {
        HttpResponse<String> r = editor.post("/editor/writeups/" + id + "/autosave", fields);
        assertEquals(expectedStatus, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return new ObjectMapper().readTree(r.body());
    }

    private List<String> revisionNotes(long id) {
        Document list = Jsoup.parse(editor.get("/editor/writeups/" + id + "/revisions").body());
        return list.select("table.revisions tbody tr").stream()
                .map(tr -> tr.selectFirst("th").text() + " " + tr.select("td").get(2).text()).toList();
    }

    @Test
    void aNewDraftIsCreatedByItsFirstAutosaveAndEachSessionKeepsOneRevision() throws Exception {
        JsonNode first = autosave("new", with(with(form("Typed", "One.", "draft"), "autosave", SESSION_A), "version", "0"), 200);
        assertTrue(first.get("saved").asBoolean());
        long id = first.get("id").asLong();
        assertEquals(1, first.get("version").asInt());
        JsonNode second = autosave(String.valueOf(id), with(with(form("Typed", "One. Two.", "draft"), "autosave", SESSION_A), "version", "1"), 200);
        assertEquals(2, second.get("version").asInt());
        autosave(String.valueOf(id), with(with(form("Typed", "One. Two. Three.", "draft"), "autosave", SESSION_A), "version", "2"), 200);
        assertEquals("One. Two. Three.", editPage(editor, id).selectFirst("textarea#body").wholeText().strip());
        assertEquals(List.of("3 created by autosave"), revisionNotes(id), "one session, one revision");

        autosave(String.valueOf(id), with(with(form("Typed", "Next day.", "draft"), "autosave", SESSION_B), "version", "3"), 200);
        autosave(String.valueOf(id), with(with(form("Typed", "Next day, more.", "draft"), "autosave", SESSION_B), "version", "4"), 200);
        assertEquals(List.of("5 autosaved", "3 created by autosave"), revisionNotes(id));

        assertEquals(303, editor.post("/editor/writeups/" + id, with(form("Typed", "Saved by hand.", "draft"), "version", "5")).statusCode());
        autosave(String.valueOf(id), with(with(form("Typed", "After the save.", "draft"), "autosave", SESSION_B), "version", "6"), 200);
        assertEquals(List.of("7 autosaved", "6 saved", "5 autosaved", "3 created by autosave"), revisionNotes(id),
                "a save by hand is its own version; the session's next autosave starts a new one");
    }

    @Test
    void aPublicWriteupIsNeverAutosaved() throws Exception {
        long id = create(editor, form("Public", "Live text.", "published"));
        JsonNode refused = autosave(String.valueOf(id), with(with(form("Public", "Half-typed.", "draft"), "autosave", SESSION_A), "version", "1"), 422);
        assertTrue(refused.get("message").asText().contains("public"), refused.toString());
        JsonNode published = autosave(String.valueOf(id), with(with(form("Public", "Half-typed.", "published"), "autosave", SESSION_A), "version", "1"), 422);
        assertTrue(published.get("message").asText().contains("Only drafts"), published.toString());
        assertEquals("Live text.", Jsoup.parse(app.get("/writeups/public").body()).selectFirst(".writeup-body").text());
    }

    @Test
    void aStaleAutosaveChangesNothingAndABadOneSaysWhy() throws Exception {
        long id = create(editor, form("Shared", "Mine.", "draft"));
        assertEquals(303, editor.post("/editor/writeups/" + id, with(form("Shared", "Theirs.", "draft"), "version", "1")).statusCode());
        JsonNode stale = autosave(String.valueOf(id), with(with(form("Shared", "Mine, later.", "draft"), "autosave", SESSION_A), "version", "1"), 409);
        assertTrue(stale.get("message").asText().contains("version 2"), stale.toString());
        assertEquals("Theirs.", editPage(editor, id).selectFirst("textarea#body").wholeText().strip());
        JsonNode untitled = autosave(String.valueOf(id), with(with(form("", "x", "draft"), "autosave", SESSION_A), "version", "2"), 422);
        assertTrue(untitled.get("message").asText().contains("title"), untitled.toString());
        assertEquals(400, editor.post("/editor/writeups/" + id + "/autosave", with(form("Shared", "x", "draft"), "version", "2")).statusCode());
    }

    @Test
    void theFormCarriesTheScriptAndItsAutosaveAddress() {
        long id = create(editor, form("Scripted", "x", "draft"));
        Document page = editPage(editor, id);
        assertEquals("/editor/writeups/" + id + "/autosave", page.selectFirst("form.writeup-form").attr("data-autosave-url"));
        assertEquals("on", page.selectFirst("form.writeup-form").attr("data-autosave"));
        String src = page.selectFirst("script[src]").attr("src");
        assertTrue(src.matches("/static/editor\\.[0-9a-f]{12}\\.js"), src);
        HttpResponse<String> js = app.get(src);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("beforeunload"));
        long published = create(editor, form("Out", "x", "published"));
        assertEquals("off", editPage(editor, published).selectFirst("form.writeup-form").attr("data-autosave"));
    }
}
