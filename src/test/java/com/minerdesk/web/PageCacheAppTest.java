package com.minerdesk.web;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.QueryCounter;
import com.minerdesk.testing.TestApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page cache in the whole app over the demo data: hits cost no query, writes show at once. */
class PageCacheAppTest {
    static final List<String> PUBLIC_PAGES = List.of("/", "/weeks", "/weeks/2025-11-28", "/weeks/2025-11-28?sort=ticker",
            "/companies", "/companies/ABTC", "/economics", "/pivots", "/pivots?kind=lease");
    static final QueryCounter queries = new QueryCounter();
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of(), true, queries);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSecondVisitToAPublicPageMakesNoQuery() {
        for (String path : PUBLIC_PAGES) {
            assertEquals(200, app.get(path).statusCode(), path);
            queries.reset();
            HttpResponse<String> again = app.get(path);
            assertEquals(200, again.statusCode(), path);
            assertEquals(0, queries.count(), path + " was rendered again");
            assertTrue(again.headers().firstValue("ETag").isPresent(), path);
            assertEquals(SecurityHeaders.CSP, again.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("DENY", again.headers().firstValue("X-Frame-Options").orElse(null), path);
        }
    }

    @Test
    void aWriteIsVisibleOnTheNextRequest() {
        String before = Jsoup.parse(app.get("/companies/CORZ").body()).select("h1").text();
        assertTrue(before.contains("Core Scientific"), before);
        app.db.writeVoid(tx -> tx.update(COMPANIES).set(COMPANIES.NAME, "Core Scientific Holdings")
                .where(COMPANIES.TICKER.eq("CORZ")).execute());
        try {
            String after = Jsoup.parse(app.get("/companies/CORZ").body()).select("h1").text();
            assertTrue(after.contains("Core Scientific Holdings"), after);
            assertTrue(app.get("/companies").body().contains("Core Scientific Holdings"));
        } finally {
            app.db.writeVoid(tx -> tx.update(COMPANIES).set(COMPANIES.NAME, "Core Scientific, Inc.")
                    .where(COMPANIES.TICKER.eq("CORZ")).execute());
        }
    }

    @Test
    void timeAloneRendersAPageAgainOnlyWhenItCanChangeWhatTheSiteShows() {
        // noon tomorrow (the site's zone is UTC): no scheduled write-up, day or market week ends before 18:00
        Instant noon = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        app.clock.set(noon);
        assertEquals(200, app.get("/weeks/2025-11-28").statusCode());
        app.clock.set(noon.plus(Duration.ofHours(6)));
        queries.reset();
        assertEquals(200, app.get("/weeks/2025-11-28").statusCode());
        assertEquals(0, queries.count(), "six hours later nothing has changed by time alone");
        app.clock.set(noon.plus(Duration.ofHours(12)));
        queries.reset();
        assertEquals(200, app.get("/weeks/2025-11-28").statusCode());
        assertTrue(queries.count() > 0, "at midnight the day has moved on, and the page is rendered again");
    }

    @Test
    void pagesCarryAnEtagThatIsAnswered304() {
        HttpResponse<String> first = app.get("/weeks/2025-11-28");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> revalidated = app.get("/weeks/2025-11-28", Map.of("If-None-Match", etag));
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
    }

    @Test
    void signedInVisitorsBypassTheCache() {
        app.get("/economics");
        queries.reset();
        HttpResponse<String> r = app.get("/economics", Map.of("Cookie", PageCache.SESSION_COOKIE + "=some-session"));
        assertEquals(200, r.statusCode());
        assertTrue(queries.count() > 0);
        assertFalse(r.headers().firstValue("ETag").isPresent());
    }

    @Test
    void anEditorNeverSeesTheAnonymousCopyAndReadersNeverSeeTheEditors() {
        app.createUser("cache-editor@example.com", "Casey Editor", "editor");
        app.get("/pivots");
        com.minerdesk.testing.Browser editor = app.browser();
        assertEquals(303, editor.signIn("cache-editor@example.com", TestApp.PASSWORD).statusCode());
        HttpResponse<String> signedIn = editor.get("/pivots");
        assertTrue(Jsoup.parse(signedIn.body()).select("form[action=/logout]").size() == 1, "editor gets the signed-in layout");
        HttpResponse<String> anonymous = app.get("/pivots");
        assertTrue(Jsoup.parse(anonymous.body()).select("form[action=/logout]").isEmpty(), "readers get the public copy");
        assertFalse(anonymous.body().contains("Casey Editor"));
    }

    @Test
    void errorPagesAndHealthAreNotCached() {
        app.get("/companies/NOPE");
        queries.reset();
        assertEquals(404, app.get("/companies/NOPE").statusCode());
        assertTrue(queries.count() > 0);
        HttpResponse<String> health = app.get("/healthz");
        assertFalse(health.headers().firstValue("ETag").isPresent());
    }

    @Test
    void pagesAndTheStylesheetAreGzippedForClientsThatAcceptIt() throws Exception {
        String css = Jsoup.parse(app.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
        for (String path : List.of("/", "/weeks/2025-11-28", css)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl + path))
                    .header("Accept-Encoding", "gzip").GET().build();
            HttpResponse<byte[]> r = app.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null), path);
            assertEquals((byte) 0x1f, r.body()[0], path);
        }
    }
}
