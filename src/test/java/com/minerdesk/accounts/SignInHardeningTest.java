package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.AUDIT_LOG;
import static com.minerdesk.db.generated.Tables.LOGIN_FAILURES;
import static com.minerdesk.db.generated.Tables.SESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in behind a trusted proxy, so that each test can speak from several client addresses. */
class SignInHardeningTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start(Map.of("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1"), false);
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** A sign-in from {@code address}, as the proxy forwards it (its own line appended last). */
    private HttpResponse<String> signIn(String email, String password, String... forwardedLines) {
        Browser b = app.browser();
        String token = Browser.tokenFrom(b.get("/login").body());
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (String line : forwardedLines) {
            r.header("X-Forwarded-For", line);
        }
        return b.send(r.POST(HttpRequest.BodyPublishers.ofString("email=" + enc(email) + "&password=" + enc(password)
                + "&_csrf=" + token)).build());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void concurrentGuessesCannotAllPassTheCheckBeforeBeingCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                answers.add(pool.submit(() -> signIn(TestApp.EDITOR_EMAIL, "wrong-password-" + n, "203.0.113.1").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertEquals(LoginThrottle.MAX_FAILURES_PER_ADDRESS, Collections.frequency(statuses, 401), statuses.toString());
            assertEquals(20 - LoginThrottle.MAX_FAILURES_PER_ADDRESS, Collections.frequency(statuses, 429), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guessesFromOneAddressDoNotLockTheOwnerOutOfTheirOwn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(TestApp.EDITOR_EMAIL, "wrong-password-" + i, "203.0.113.66").statusCode());
        }
        assertEquals(429, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "203.0.113.66").statusCode());
        assertEquals(303, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "198.51.100.7").statusCode(),
                "the owner, from another address");
    }

    @Test
    void aSpreadOutAttackStopsAtTheAccountCeilingButNotForTheOwnersKnownAddress() {
        assertEquals(303, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "198.51.100.7").statusCode());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertEquals(401, signIn(TestApp.EDITOR_EMAIL, "wrong-" + i, "203.0.113." + (i / 4 + 1)).statusCode());
        }
        assertEquals(429, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "192.0.2.200").statusCode(), "a new address");
        assertEquals(303, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "198.51.100.7").statusCode(),
                "the address the owner signed in from");
    }

    @Test
    void failedSignInsDoNotEmptyThePageCache() {
        long before = app.db.contentVersion().current();
        assertEquals(401, signIn(TestApp.EDITOR_EMAIL, "wrong-password-1", "203.0.113.1").statusCode());
        assertEquals(401, signIn("nobody@example.com", "wrong-password-1", "203.0.113.1").statusCode());
        assertEquals(303, signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD, "203.0.113.2").statusCode());
        assertEquals(before, app.db.contentVersion().current());
    }

    @Test
    void anUnknownEmailCostsABcryptCheckToo() {
        signIn(TestApp.EDITOR_EMAIL, "warm-up-password", "192.0.2.1");
        signIn("nobody@example.com", "warm-up-password", "192.0.2.2");
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            known = Math.min(known, timed(() -> signIn(TestApp.EDITOR_EMAIL, "wrong-password", "192.0.2.10")));
            unknown = Math.min(unknown, timed(() -> signIn("nobody@example.com", "wrong-password", "192.0.2.20")));
        }
        assertTrue(unknown * 2 > known, "unknown " + unknown + " ms, known " + known + " ms");
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aPasswordOver72BytesIsJustWrongAndThePolicyCountsBytes() {
        assertEquals(401, signIn(TestApp.EDITOR_EMAIL, "x".repeat(80), "192.0.2.1").statusCode());
        assertEquals(401, signIn(TestApp.EDITOR_EMAIL, "é".repeat(40), "192.0.2.2").statusCode());
        assertTrue(Passwords.problem("é".repeat(40)).orElseThrow().contains("72 bytes"));
        assertTrue(Passwords.problem("é".repeat(36)).isEmpty(), "72 bytes is fine");
        assertFalse(Passwords.matches("é".repeat(40), Passwords.hash("é".repeat(36))));
    }

    @Test
    void everyForwardedForLineIsReadAndTheRightMostUntrustedAddressCounts() {
        signIn("nobody@example.com", "wrong-password", "10.9.9.9", "198.51.100.23");
        assertEquals("198.51.100.23", app.db.dsl().select(AUDIT_LOG.CLIENT_IP).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("sign-in-failed")).fetchOne(AUDIT_LOG.CLIENT_IP));
    }

    @Test
    void whatIsTypedAsAnUnknownEmailIsNotStoredAndEditorsSeeOnlyContentActivity() {
        String typedPassword = "my-secret-password@example.com";
        signIn(typedPassword, "x", "192.0.2.1");
        assertFalse(app.db.dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.SUBJECT.contains("my-secret")));
        assertFalse(app.db.dsl().fetchExists(LOGIN_FAILURES, LOGIN_FAILURES.EMAIL.contains("my-secret")));

        Browser editor = app.editor();
        String dashboard = Jsoup.parse(editor.get("/editor").body()).select(".activity").text();
        assertFalse(dashboard.contains("sign-in"), dashboard);
        app.createUser(TestApp.ADMIN_EMAIL, "Ada Admin", "admin");
        String adminView = Jsoup.parse(app.admin().get("/editor").body()).select(".activity").text();
        assertTrue(adminView.contains("sign-in"), adminView);
    }

    @Test
    void aSessionUsedEveryFewHoursEndsThirtyDaysAfterSignInAndExpiredRowsArePurged() {
        Browser b = app.browser();
        assertEquals(303, b.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        for (Duration used = Duration.ZERO; used.compareTo(Sessions.ABSOLUTE_LIFETIME.minusHours(11)) < 0; used = used.plusHours(11)) {
            assertEquals(200, b.get("/editor").statusCode(), "still valid after " + used.toHours() + " h");
            app.clock.advance(Duration.ofHours(11));
        }
        app.clock.advance(Duration.ofHours(11));
        assertEquals(303, b.get("/editor").statusCode(), "over 30 days after sign-in");
        assertEquals(303, app.browser().signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        assertEquals(1, app.db.dsl().fetchCount(SESSIONS), "the expired session was deleted at the next sign-in");
    }
}
