package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A write-up sent after its session ended, or with a stale token, comes back with its text; nothing is lost. */
class ExpiredSessionTest extends EditorTestBase {
    @Test
    void aSaveAfterTheSessionEndedShowsTheTextWithAnInlineSignInThatSaves() {
        long id = create(editor, form("Kept", "First text.", "draft"));
        String token = editor.csrf();
        app.clock.advance(Duration.ofHours(13));
        Map<String, String> typed = with(with(form("Kept and changed", "A long afternoon's text.\n\n  indented line", "draft"),
                "version", "1"), "_csrf", token);

        HttpResponse<String> expired = editor.postRaw("/editor/writeups/" + id, typed);
        assertEquals(401, expired.statusCode());
        Document page = Jsoup.parse(expired.body());
        assertEquals("A long afternoon's text.\n\n  indented line", page.selectFirst("textarea#body").wholeText().replaceFirst("^\n", ""));
        assertEquals("Kept and changed", page.selectFirst("input#title").attr("value"));
        assertTrue(page.selectFirst("p.rescue").text().contains("nothing was saved"), page.selectFirst("p.rescue").text());
        assertNull(page.selectFirst(".writeup-meta"), "nothing stored is shown to someone not signed in");
        assertEquals("Kept", Writeups.editPage(app.editor(), id).selectFirst("input#title").attr("value"), "nothing saved yet");

        Map<String, String> wrong = submitted(page, TestApp.EDITOR_EMAIL, "not-the-password-at-all");
        HttpResponse<String> refused = editor.postRaw("/editor/writeups/" + id, wrong);
        assertEquals(401, refused.statusCode());
        Document again = Jsoup.parse(refused.body());
        assertTrue(again.selectFirst("#signin_password-error").text().contains("do not match"));
        assertEquals("Kept and changed", again.selectFirst("input#title").attr("value"), "still kept after a wrong password");
        assertEquals(TestApp.EDITOR_EMAIL, again.selectFirst("input#signin_email").attr("value"));

        HttpResponse<String> saved = editor.postRaw("/editor/writeups/" + id, submitted(again, TestApp.EDITOR_EMAIL, TestApp.PASSWORD));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/editor/writeups/" + id + "?saved=1", saved.headers().firstValue("Location").orElseThrow());
        Document edit = Writeups.editPage(editor, id);
        assertEquals("Kept and changed", edit.selectFirst("input#title").attr("value"), "signed in and saved in one step");
        assertEquals("2", edit.selectFirst("form.writeup-form input[name=version]").attr("value"));
    }

    @Test
    void aNewWriteupSentAfterSigningOutInAnotherTabIsKeptAndSavedAfterSignIn() {
        String token = editor.csrf();
        editor.post("/logout", Map.of());
        HttpResponse<String> expired = editor.postRaw("/editor/writeups/new",
                with(form("Written while signed out", "Every word of it.", "draft"), "_csrf", token));
        assertEquals(401, expired.statusCode());
        Document page = Jsoup.parse(expired.body());
        assertEquals("/editor/writeups/new", page.selectFirst("form.writeup-form").attr("action"));
        HttpResponse<String> saved = editor.postRaw("/editor/writeups/new", submitted(page, TestApp.EDITOR_EMAIL, TestApp.PASSWORD));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(editor.get("/editor/writeups").body().contains("Written while signed out"));
    }

    @Test
    void aPreviewAfterTheSessionEndedKeepsTheTextToo() {
        long id = create(editor, form("Previewed", "Text.", "draft"));
        String token = editor.csrf();
        app.clock.advance(Duration.ofHours(13));
        HttpResponse<String> expired = editor.postRaw("/editor/writeups/" + id + "/preview",
                with(with(form("Previewed", "Text typed before the preview.", "draft"), "version", "1"), "_csrf", token));
        assertEquals(401, expired.statusCode());
        assertTrue(Jsoup.parse(expired.body()).selectFirst("textarea#body").text().contains("Text typed before the preview."));
    }

    @Test
    void aStaleTokenOfALiveSessionShowsTheTextWithTheCurrentToken() {
        long id = create(editor, form("Stale", "Old.", "draft"));
        HttpResponse<String> stale = editor.postRaw("/editor/writeups/" + id,
                with(with(form("Stale but kept", "New text.", "draft"), "version", "1"), "_csrf", "an-old-token"));
        assertEquals(403, stale.statusCode());
        Document page = Jsoup.parse(stale.body());
        assertNull(page.selectFirst("#signin_email"), "signed in: no sign-in fields");
        assertEquals("Stale", Writeups.editPage(editor, id).selectFirst("input#title").attr("value"), "nothing saved");
        HttpResponse<String> saved = editor.postRaw("/editor/writeups/" + id, submitted(page, null, null));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("Stale but kept", Writeups.editPage(editor, id).selectFirst("input#title").attr("value"));
    }

    @Test
    void otherFormsStillAnswer403() {
        HttpResponse<String> forged = editor.postRaw("/editor/pivots/new", Map.of("_csrf", "forged", "ticker", "ABTC"));
        assertEquals(403, forged.statusCode());
        assertNull(Jsoup.parse(forged.body()).selectFirst("form.writeup-form"));
    }

    /** The form as a browser submits it, with the sign-in typed in. */
    private static Map<String, String> submitted(Document page, String email, String password) {
        Map<String, String> fields = Writeups.fields(page.selectFirst("form.writeup-form"));
        if (email != null) {
            fields.put("signin_email", email);
            fields.put("signin_password", password);
        }
        return fields;
    }
}
