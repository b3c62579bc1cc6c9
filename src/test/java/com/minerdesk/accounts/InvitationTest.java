package com.minerdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin makes a one-time link; the person invited chooses a password, gets the account and is signed in. */
class InvitationTest {
    TestApp app;
    Browser admin;

    @BeforeEach
    void start() {
        app = TestApp.withDemoData();
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String invite(String email, String name) {
        HttpResponse<String> r = admin.post("/editor/accounts/invite", Map.of("email", email, "name", name, "role", "editor"));
        assertEquals(200, r.statusCode(), r.body());
        String link = Jsoup.parse(r.body()).selectFirst("input#invitation-link").attr("value");
        assertTrue(link.startsWith("http://minerdesk.test/invite/"), link);
        return link.substring("http://minerdesk.test".length());
    }

    @Test
    void theLinkMakesTheAccountOnceAndSignsIn() {
        String path = invite("new.writer@example.com", "New Writer");
        Browser invited = app.browser();
        HttpResponse<String> page = invited.get(path);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        Document form = Jsoup.parse(page.body());
        assertTrue(form.selectFirst("p.lede").text().contains("new.writer@example.com"));
        assertEquals("New Writer", form.selectFirst("input#name").attr("value"));

        String token = Browser.tokenFrom(page.body());
        HttpResponse<String> mismatch = invited.postRaw(path, Map.of("_csrf", token, "name", "New Writer",
                "password", "a-long-fresh-password-1", "repeat_password", "another-one-entirely-2"));
        assertEquals(422, mismatch.statusCode());
        HttpResponse<String> made = invited.postRaw(path, Map.of("_csrf", token, "name", "Nora Writer",
                "password", "a-long-fresh-password-1", "repeat_password", "a-long-fresh-password-1"));
        assertEquals(303, made.statusCode(), made.body());
        assertEquals("/editor", made.headers().firstValue("Location").orElseThrow());
        assertTrue(invited.get("/editor").body().contains("Signed in as"), "signed in with the new account");
        assertTrue(Jsoup.parse(invited.get("/editor").body()).selectFirst("p.lede").text().contains("Nora Writer"));
        assertEquals(303, app.browser().signIn("new.writer@example.com", "a-long-fresh-password-1").statusCode());

        assertEquals(404, app.browser().get(path).statusCode(), "the link works once");
        Document accounts = Jsoup.parse(admin.get("/editor/accounts").body());
        assertTrue(accounts.selectFirst("table.invitations tbody tr").text().contains("accepted"));
        assertTrue(accounts.text().contains("Nora Writer"));
        assertTrue(Jsoup.parse(admin.get("/editor/audit").body()).text().contains("invitation-accepted"));
    }

    @Test
    void anExpiredOrUnknownLinkIsNotFoundAndOnlyAdminsInvite() {
        String path = invite("late@example.com", "Late Comer");
        app.clock.advance(Duration.ofDays(8));
        assertEquals(404, app.browser().get(path).statusCode());
        assertEquals(404, app.browser().get("/invite/made-up-token").statusCode());
        assertTrue(Jsoup.parse(app.browser().get(path).body()).text().contains("used or has expired"));
        Browser editor = app.editor();
        assertEquals(403, editor.post("/editor/accounts/invite", Map.of("email", "x@example.com", "name", "X", "role", "editor")).statusCode());
        HttpResponse<String> taken = app.admin().post("/editor/accounts/invite", Map.of("email", TestApp.EDITOR_EMAIL, "name", "Again", "role", "editor"));
        assertEquals(422, taken.statusCode());
    }
}
