package com.minerdesk.ops;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.LOGIN_FAILURES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.limits.RateLimits;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app instances (each with its own pool, caches and server) on one embedded PostgreSQL, as
 * behind a load balancer: what one instance does, the other honours.
 */
class TwoInstancesTest {
    static TestApp a;
    static TestApp b;

    @BeforeAll
    static void start() {
        Map<String, String> env = Map.of("DATABASE_URL", TestDatabases.postgresUrl(TestDatabases.freshPostgresDatabase()),
                "DATABASE_USER", "postgres", "DATABASE_PASSWORD", "postgres");
        a = TestApp.start(env, true);
        b = TestApp.start(env, false);
        a.createUser(TestApp.ADMIN_EMAIL, "Ada Admin", "admin");
        a.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    /** A browser on instance {@code to} carrying the cookies a browser got from another instance. */
    private static Browser carryOver(Browser from, TestApp to) {
        Browser other = to.browser();
        from.cookies().getCookieStore().getCookies().forEach(c -> other.cookies().getCookieStore().add(URI.create(to.baseUrl), c));
        return other;
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOtherAndEndsOnBoth() {
        Browser onA = a.browser();
        assertEquals(303, onA.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        Browser onB = carryOver(onA, b);
        HttpResponse<String> dashboard = onB.get("/editor");
        assertEquals(200, dashboard.statusCode(), "signed in on A, recognised by B");
        assertTrue(dashboard.body().contains("Erin Editor"));

        assertEquals(303, onB.post("/logout", Map.of()).statusCode());
        assertEquals(303, onA.get("/editor").statusCode(), "signed out on B, the session is gone on A too");
    }

    @Test
    void aFormRenderedByOneInstancePostsToTheOther() {
        Browser onA = a.browser();
        assertEquals(303, onA.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).statusCode());
        String tokenFromA = Browser.tokenFrom(onA.get("/editor/accounts").body());
        Browser onB = carryOver(onA, b);
        HttpResponse<String> added = onB.postRaw("/editor/accounts", Map.of("_csrf", tokenFromA,
                "email", "across@example.com", "name", "Across", "role", "editor", "password", "across-instances-pw-1"));
        assertEquals(303, added.statusCode(), "A's CSRF token is accepted by B");
        assertTrue(onA.get("/editor/accounts").body().contains("across@example.com"));
        HttpResponse<String> forged = onB.postRaw("/editor/accounts", Map.of("_csrf", "not-the-token",
                "email", "forged@example.com", "name", "Forged", "role", "editor", "password", "forged-instances-pw-1"));
        assertEquals(403, forged.statusCode());
        assertTrue(!onA.get("/editor/accounts").body().contains("forged@example.com"), "nothing changed");
    }

    @Test
    void failedSignInsOnBothInstancesCountTogether() {
        String email = "throttled@example.com";
        a.createUser(email, "Throttled", "editor");
        try {
            for (int i = 0; i < 5; i++) {
                TestApp instance = i % 2 == 0 ? a : b;
                Browser browser = instance.browser();
                assertEquals(401, browser.signIn(email, "wrong-password-" + i).statusCode(), "failure " + (i + 1));
            }
            for (TestApp instance : List.of(a, b)) {
                HttpResponse<String> refused = instance.browser().signIn(email, TestApp.PASSWORD);
                assertEquals(429, refused.statusCode(), "even the right password waits, on either instance");
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            }
        } finally {
            // The failures also count against this test client's address, which the other tests share.
            a.db.dsl().deleteFrom(LOGIN_FAILURES).execute();
        }
    }

    @Test
    void searchesOnBothInstancesShareOneLimit() {
        // both instances' clocks in one minute window (each test app's clock stands where it was started)
        java.time.Instant inOneWindow = a.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(61);
        a.clock.set(inOneWindow);
        b.clock.set(inOneWindow);
        Map<String, String> client = Map.of();
        for (int i = 0; i < RateLimits.SEARCHES_PER_MINUTE; i++) {
            TestApp instance = i % 2 == 0 ? a : b;
            assertTrue(instance.get("/search?q=cost+" + i, client).statusCode() != 429, "search " + (i + 1));
        }
        for (TestApp instance : List.of(a, b)) {
            HttpResponse<String> refused = instance.get("/search?q=more", client);
            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void aChangeWrittenByOneInstanceShowsOnTheOtherWithinFiveSeconds() throws InterruptedException {
        String marker = "Cross-instance counterparty " + System.nanoTime();
        assertTrue(!b.get("/pivots").body().contains(marker));
        assertTrue(!b.get("/pivots").body().contains(marker), "B has served (and may cache) the page");
        Long company = a.db.dsl().select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("CORZ")).fetchOne(COMPANIES.ID);
        a.db.writeVoid(tx -> tx.insertInto(PIVOT_EVENTS)
                .set(PIVOT_EVENTS.COMPANY_ID, company)
                .set(PIVOT_EVENTS.EVENT_DATE, LocalDate.of(2025, 11, 27))
                .set(PIVOT_EVENTS.COUNTERPARTY, marker)
                .set(PIVOT_EVENTS.KIND, "hosting")
                .set(PIVOT_EVENTS.SUMMARY, "Written on instance A.")
                .set(PIVOT_EVENTS.SOURCE_NAME, "test")
                .set(PIVOT_EVENTS.SOURCE_URL, "https://example.com/")
                .execute());
        assertTrue(a.get("/pivots").body().contains(marker), "the writing instance shows it at once");
        long deadline = System.nanoTime() + 5_000_000_000L;
        boolean shown = false;
        while (!shown && System.nanoTime() < deadline) {
            shown = b.get("/pivots").body().contains(marker);
            if (!shown) {
                Thread.sleep(100);
            }
        }
        assertTrue(shown, "the other instance shows the change within 5 s");
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        String url = TestDatabases.postgresUrl(TestDatabases.freshPostgresDatabase());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Database>> starting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starting.add(pool.submit(() -> {
                go.await();
                return Database.open(url, "postgres", "postgres");
            }));
        }
        go.countDown();
        List<Database> started = new ArrayList<>();
        try {
            for (Future<Database> f : starting) {
                started.add(f.get());
            }
            var history = started.get(0).dsl()
                    .select(DSL.field(DSL.name("version"), String.class), DSL.count())
                    .from(DSL.table(DSL.name("flyway_schema_history")))
                    .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                    .groupBy(DSL.field(DSL.name("version")))
                    .fetch();
            assertTrue(history.size() >= 3, "every migration is recorded: " + history);
            for (Record2<String, Integer> row : history) {
                assertEquals(1, row.value2(), "migration " + row.value1() + " ran once");
            }
            assertEquals(1, started.get(2).dsl().fetchCount(DSL.table(DSL.name("site_state"))));
        } finally {
            started.forEach(Database::close);
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledWriteupAppearsOnceOnBothInstancesAtItsTime() {
        Browser onA = a.browser();
        assertEquals(303, onA.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        String title = "Scheduled across instances " + System.nanoTime();
        String at = java.time.LocalDateTime.ofInstant(a.clock.instant().plus(java.time.Duration.ofHours(1)),
                a.config.timeZone()).withSecond(0).withNano(0).toString();
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "Written on A, scheduled for an hour later.");
        form.put("body", "Body.");
        form.put("tags", "scheduling");
        form.put("week", "");
        form.put("status", "scheduled");
        form.put("publishAt", at);
        form.put("version", "0");
        assertEquals(303, onA.post("/editor/writeups/new", form).statusCode());
        for (TestApp instance : List.of(a, b)) {
            assertTrue(!instance.get("/writeups").body().contains(title), "not before its time");
        }
        a.clock.advance(java.time.Duration.ofHours(2));
        b.clock.advance(java.time.Duration.ofHours(2));
        for (TestApp instance : List.of(a, b)) {
            String archive = instance.get("/writeups").body();
            assertEquals(1, archive.split(java.util.regex.Pattern.quote(title), -1).length - 1, "listed once");
            String home = instance.get("/").body();
            assertTrue(home.contains(title), "the home page leads with it");
        }
    }

    @Test
    void anImageUploadedThroughOneInstanceIsServedByTheOther() throws Exception {
        Browser onA = a.browser();
        assertEquals(303, onA.signIn(TestApp.EDITOR_EMAIL, TestApp.PASSWORD).statusCode());
        long id = com.minerdesk.writeups.Writeups.create(onA, com.minerdesk.writeups.Writeups.form("Shared picture", "Text.", "draft"));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        HttpResponse<String> upload = onA.postMultipart("/editor/writeups/" + id + "/images", Map.of("alt", "A black square"),
                "file", "square.png", png.toByteArray());
        assertEquals(303, upload.statusCode(), upload.body());
        String path = org.jsoup.Jsoup.parse(onA.get("/editor/writeups/" + id + "/images").body()).selectFirst("ul.image-list img").attr("src");

        HttpResponse<byte[]> fromB = b.client().send(java.net.http.HttpRequest.newBuilder(URI.create(b.baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fromB.statusCode());
        assertEquals("image/png", fromB.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(120, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(fromB.body())).getWidth());
    }
}
