package com.minerdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An editor's own profile (name and bio, as bylines and author pages show them) and password. */
class ProfileTest {
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

    @Test
    void nameAndBioShowInBylinesAndOnTheAuthorPage() {
        Writeups.create(editor, Writeups.form("Signed piece", "Text.", "published"));
        Document form = Jsoup.parse(editor.get("/editor/profile").body());
        assertEquals("Erin Editor", form.selectFirst("input#name").attr("value"));
        HttpResponse<String> saved = editor.post("/editor/profile", Map.of("name", "Erin E. Editor",
                "bio", "Covers the miners' power contracts."));
        assertEquals(303, saved.statusCode());
        assertEquals("Your profile was saved.", Jsoup.parse(editor.get("/editor/profile?saved=profile").body()).selectFirst("p.notice").text());

        Document page = Jsoup.parse(app.get("/writeups/signed-piece").body());
        assertEquals("Erin E. Editor", page.selectFirst(".writeup-meta a[rel=author]").text());
        assertEquals("Erin E. Editor: Covers the miners' power contracts.", page.selectFirst(".author-note").text());
        Document author = Jsoup.parse(app.get("/authors/erin-editor").body());
        assertEquals("Write-ups by Erin E. Editor", author.selectFirst("h1").text(), "the address stays, the name is the profile's");
        assertEquals("Covers the miners' power contracts.", author.selectFirst(".author-bio").text());
        assertTrue(app.get("/authors").body().contains("Erin E. Editor"));
    }

    @Test
    void aBadProfileIsRefusedFieldByField() {
        HttpResponse<String> r = editor.post("/editor/profile", Map.of("name", " ", "bio", "x".repeat(1001)));
        assertEquals(422, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertTrue(d.selectFirst("#name-error").text().contains("name readers see"));
        assertTrue(d.selectFirst("#bio-error").text().contains("1001"));
        assertEquals("Erin Editor", Jsoup.parse(editor.get("/editor/profile").body()).selectFirst("input#name").attr("value"));
    }

    @Test
    void thePasswordChangesWithTheCurrentOneAndSignsOutOtherSessions() {
        Browser elsewhere = app.browser();
        assertEquals(303, elsewhere.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        String next = "a-new-long-passphrase-77";

        HttpResponse<String> wrong = editor.post("/editor/profile/password", Map.of("current_password", "not-my-password-at-all",
                "new_password", next, "repeat_password", next));
        assertEquals(422, wrong.statusCode());
        assertTrue(Jsoup.parse(wrong.body()).selectFirst("#current_password-error").text().contains("not your current password"));
        HttpResponse<String> differ = editor.post("/editor/profile/password", Map.of("current_password", TestApp.PASSWORD,
                "new_password", next, "repeat_password", next + "x"));
        assertEquals(422, differ.statusCode());
        HttpResponse<String> weak = editor.post("/editor/profile/password", Map.of("current_password", TestApp.PASSWORD,
                "new_password", "short", "repeat_password", "short"));
        assertTrue(Jsoup.parse(weak.body()).selectFirst("#new_password-error").text().contains("12"));

        assertEquals(303, editor.post("/editor/profile/password", Map.of("current_password", TestApp.PASSWORD,
                "new_password", next, "repeat_password", next)).statusCode());
        assertEquals(200, editor.get("/editor").statusCode(), "this session goes on");
        assertEquals(303, elsewhere.get("/editor").statusCode(), "the other session was signed out");
        assertEquals(401, app.browser().signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        assertEquals(303, app.browser().signIn(TestApp.EDITOR_EMAIL, next).statusCode());
        assertTrue(Jsoup.parse(app.admin().get("/editor/audit").body()).text().contains("password-changed"));
    }
}
