package com.minerdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.empty();
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void editorAreaRedirectsToSignInAndBackToTheAskedPage() {
        Browser b = app.browser();
        HttpResponse<String> r = b.get("/editor/audit?page=1");
        assertEquals(303, r.statusCode());
        assertEquals("/login?next=%2Feditor%2Faudit%3Fpage%3D1", r.headers().firstValue("Location").orElseThrow());
        String token = Browser.tokenFrom(b.get("/login?next=%2Feditor%2Fnothing").body());
        HttpResponse<String> in = b.postRaw("/login", Map.of("email", TestApp.EDITOR_EMAIL,
                "password", TestApp.PASSWORD, "_csrf", token, "next", "/editor/nothing"));
        assertEquals(303, in.statusCode());
        assertEquals("/editor/nothing", in.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void signInSetsAFreshHttpOnlyLaxSessionCookieAndSignOutEndsItServerSide() {
        Browser b = app.browser();
        HttpResponse<String> r = b.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD);
        assertEquals(303, r.statusCode());
        assertEquals("/editor", r.headers().firstValue("Location").orElseThrow());
        String setCookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain http base URL: " + setCookie);
        String sessionValue = cookie(b, Sessions.COOKIE);

        HttpResponse<String> dashboard = b.get("/editor");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Erin Editor"));

        Browser second = app.browser();
        second.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD);
        assertNotEquals(sessionValue, cookie(second, Sessions.COOKIE), "a new session id at each sign-in");

        assertEquals(303, b.post("/logout", Map.of()).statusCode());
        Browser replay = app.browser();
        replay.cookies().getCookieStore().add(java.net.URI.create(app.baseUrl), new HttpCookie(Sessions.COOKIE, sessionValue));
        assertEquals(303, replay.get("/editor").statusCode(), "the old session cookie is dead after sign-out");
    }

    @Test
    void secureCookieWhenBaseUrlIsHttps() {
        try (TestApp https = TestApp.start(Map.of("BASE_URL", "https://minerdesk.example"), false)) {
            https.createUser(TestApp.EDITOR_EMAIL, "Erin", "editor");
            // a real browser would send the Secure pre-session cookie over https; send it by hand here
            HttpResponse<String> form = https.get("/login");
            String preCookie = form.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("md_csrf=")).findFirst().orElseThrow();
            assertTrue(preCookie.contains("Secure"), preCookie);
            String token = Browser.tokenFrom(form.body());
            HttpResponse<String> r = https.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(https.baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "md_csrf=" + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=" + TestApp.EDITOR_EMAIL.replace("@", "%40")
                            + "&password=" + TestApp.PASSWORD + "&_csrf=" + token)).build());
            assertEquals(303, r.statusCode());
            assertTrue(r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("md_session=") && c.contains("Secure")));
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isPresent());
        }
    }

    @Test
    void wrongPasswordIsAFormErrorAndIsAudited() {
        Browser b = app.browser();
        HttpResponse<String> r = b.signIn(TestApp.EDITOR_EMAIL, "not-the-password-at-all");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("do not match"));
        assertTrue(r.body().contains(TestApp.EDITOR_EMAIL), "the e-mail typed is kept");
        assertEquals(1, Audit.recent(app.db.dsl(), 10, 0).stream().filter(e -> e.action().equals("sign-in-failed")).count());
    }

    @Test
    void postsWithoutOrWithAWrongCsrfTokenAreForbiddenAndChangeNothing() {
        Browser b = app.browser();
        b.get("/login");
        HttpResponse<String> noToken = b.postRaw("/login", Map.of("email", TestApp.EDITOR_EMAIL, "password", TestApp.PASSWORD));
        assertEquals(403, noToken.statusCode());
        assertFalse(noToken.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("md_session=")));

        Browser signedIn = app.editor();
        HttpResponse<String> wrong = signedIn.postRaw("/logout", Map.of("_csrf", "forged"));
        assertEquals(403, wrong.statusCode());
        assertEquals(200, signedIn.get("/editor").statusCode(), "still signed in");
    }

    @Test
    void fiveFailuresForAnAccountLockItFifteenMinutesEvenForTheRightPassword() {
        Browser b = app.browser();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, b.signIn(TestApp.EDITOR_EMAIL, "wrong-password-" + i).statusCode());
        }
        HttpResponse<String> locked = b.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD);
        assertEquals(429, locked.statusCode());
        long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 900, "Retry-After " + retry);
        assertTrue(locked.body().contains("Too many failed sign-ins"));

        app.clock.advance(Duration.ofMinutes(16));
        assertEquals(303, app.browser().signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccountAndForwardedForCannotSpoofIt() {
        Browser b = app.browser();
        for (int i = 0; i < 5; i++) {
            b.signIn("nobody" + i + "@example.com", "wrong-password-xyz");
        }
        assertEquals(429, app.browser().signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        Browser spoof = app.browser();
        String token = Browser.tokenFrom(spoof.get("/login").body());
        HttpResponse<String> r = spoof.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.9")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=" + TestApp.EDITOR_EMAIL.replace("@", "%40")
                        + "&password=" + TestApp.PASSWORD + "&_csrf=" + token)).build());
        assertEquals(429, r.statusCode());
    }

    private static String cookie(Browser b, String name) {
        return b.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }
}
