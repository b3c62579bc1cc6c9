package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.editPage;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Deleting a write-up and restoring a version take a confirmation step that says exactly what happens. */
class ConfirmationsTest extends EditorTestBase {
    @Test
    void deleteAsksFirstAndAPostWithoutTheConfirmationChangesNothing() {
        long id = create(editor, form("Going soon", "Text.", "published"));
        Document edit = editPage(editor, id);
        assertEquals("/editor/writeups/" + id + "/delete", edit.selectFirst(".danger-zone a.button").attr("href"));
        assertNull(edit.selectFirst("form[action$=/delete]"), "no one-click delete");

        Document ask = Jsoup.parse(editor.get("/editor/writeups/" + id + "/delete").body());
        assertEquals("Delete “Going soon”?", ask.selectFirst("h1").text());
        assertTrue(ask.text().contains("goes off the site at once"), ask.text());
        assertTrue(ask.text().contains("An admin can restore it"));
        assertEquals("yes", ask.selectFirst("form input[name=confirm]").attr("value"));
        assertEquals("/editor/writeups/" + id, ask.selectFirst("form a.secondary").attr("href"), "Cancel goes back to the form");

        HttpResponse<String> unconfirmed = editor.post("/editor/writeups/" + id + "/delete", Map.of());
        assertEquals(200, unconfirmed.statusCode());
        assertEquals("Delete “Going soon”?", Jsoup.parse(unconfirmed.body()).selectFirst("h1").text());
        assertEquals(200, app.get("/writeups/going-soon").statusCode(), "not deleted without the confirmation");

        assertEquals(303, editor.post("/editor/writeups/" + id + "/delete", Map.of("confirm", "yes")).statusCode());
        assertEquals(404, app.get("/writeups/going-soon").statusCode());
    }

    @Test
    void restoreSaysWhatComesBackAndOffersTheOldStatusWhenItDiffers() {
        long id = create(editor, form("Draft first", "First text.", "draft"));
        save(editor, id, form("Published later", "Second text.", "published"));
        Document revisions = Jsoup.parse(editor.get("/editor/writeups/" + id + "/revisions").body());
        assertEquals("/editor/writeups/" + id + "/revisions/1/restore", revisions.selectFirst("td.actions a[href$=/restore]").attr("href"));

        Document ask = Jsoup.parse(editor.get("/editor/writeups/" + id + "/revisions/1/restore").body());
        assertEquals("Restore version 1 of “Published later”?", ask.selectFirst("h1").text());
        String text = ask.selectFirst("main").text();
        assertTrue(text.contains("title, summary, tags, week and text become a new version 3"), text);
        assertTrue(text.contains("The address stays /writeups/published-later"), text);
        assertEquals(List.of("keep", "version"), ask.select("input[name=status]").eachAttr("value"));
        assertNotNull(ask.selectFirst("input[name=status][value=keep][checked]"), "keeping the status is the default");
        assertTrue(ask.selectFirst("label[for=status-1]").text().contains("draft"), ask.selectFirst("label[for=status-1]").text());

        HttpResponse<String> unconfirmed = editor.post("/editor/writeups/" + id + "/revisions/1/restore", Map.of("version", "2"));
        assertEquals(200, unconfirmed.statusCode());
        assertEquals("2", Writeups.version(editor, id), "nothing restored without the confirmation");

        assertEquals(303, editor.post("/editor/writeups/" + id + "/revisions/1/restore",
                Map.of("version", "2", "confirm", "yes", "status", "keep")).statusCode());
        Document kept = editPage(editor, id);
        assertEquals("published", kept.selectFirst(".writeup-meta .status").text());
        assertEquals("First text.", kept.selectFirst("textarea#body").wholeText().strip());
        assertEquals(200, app.get("/writeups/published-later").statusCode());

        assertEquals(303, editor.post("/editor/writeups/" + id + "/revisions/1/restore",
                Map.of("version", "3", "confirm", "yes", "status", "version")).statusCode());
        assertEquals("draft", editPage(editor, id).selectFirst(".writeup-meta .status").text(), "version 1's status came back");
        assertEquals(404, app.get("/writeups/published-later").statusCode(), "off the site with it");
        Document list = Jsoup.parse(editor.get("/editor/writeups/" + id + "/revisions").body());
        assertTrue(list.selectFirst("table.revisions tbody tr").text().contains("restored version 1 with its status"));
    }

    @Test
    void restoreOfTheSameStatusSaysItStays() {
        long id = create(editor, form("Steady", "One.", "draft"));
        save(editor, id, form("Steady", "Two.", "draft"));
        Document ask = Jsoup.parse(editor.get("/editor/writeups/" + id + "/revisions/1/restore").body());
        assertNull(ask.selectFirst("input[name=status]"));
        assertTrue(ask.text().contains("The status stays draft, as both versions have it."), ask.text());
    }

    @Test
    void takingAPublishedStatusBackIsCheckedLikeASave() {
        Map<String, String> wrong = Writeups.with(Writeups.with(form("Checked", "ABTC fell 47.40 % this week.", "published"),
                "week", "2025-11-28"), "acknowledge", "on");
        long id = create(editor, wrong);
        save(editor, id, Writeups.with(form("Checked", "Now a draft.", "draft"), "week", "2025-11-28"));
        HttpResponse<String> refused = editor.post("/editor/writeups/" + id + "/revisions/1/restore",
                Map.of("version", "2", "confirm", "yes", "status", "version"));
        assertEquals(422, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body()).selectFirst("p.form-error").text().contains("disagree with the data"), refused.body());
        assertEquals("2", Writeups.version(editor, id), "nothing restored");
        assertEquals(404, app.get("/writeups/checked").statusCode());
        assertEquals(303, editor.post("/editor/writeups/" + id + "/revisions/1/restore",
                Map.of("version", "2", "confirm", "yes", "status", "keep")).statusCode());
        assertEquals("draft", editPage(editor, id).selectFirst(".writeup-meta .status").text());
    }
}
