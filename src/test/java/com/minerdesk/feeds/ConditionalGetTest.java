package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionalGetTest extends DemoSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/weeks/feed.xml", "/weeks/atom.xml", "/sitemap.xml"})
    void aMatchingEtagGets304WithoutABody(String path) {
        HttpResponse<String> first = app.get(path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());

        HttpResponse<String> again = app.get(path, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> other = app.get(path, Map.of("If-None-Match", "W/\"something-else\""));
        assertEquals(200, other.statusCode());
        assertFalse(other.body().isEmpty());
    }

    @Test
    void lastModifiedIsTheNewestWeeksPublicationAndIfModifiedSinceIsHonoured() {
        HttpResponse<String> first = app.get("/weeks/feed.xml");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("Sat, 29 Nov 2025 05:00:00 GMT", lastModified);

        assertEquals(304, app.get("/weeks/feed.xml", Map.of("If-Modified-Since", lastModified)).statusCode());
        HttpResponse<String> later = app.get("/weeks/atom.xml", Map.of("If-Modified-Since", "Sun, 30 Nov 2025 00:00:00 GMT"));
        assertEquals(304, later.statusCode());
        assertEquals("", later.body());
        assertEquals(200, app.get("/weeks/feed.xml", Map.of("If-Modified-Since", "Sat, 29 Nov 2025 04:59:59 GMT")).statusCode());
        assertEquals(200, app.get("/weeks/feed.xml", Map.of("If-Modified-Since", "not a date")).statusCode());
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        HttpResponse<String> r = app.get("/weeks/feed.xml", Map.of(
                "If-None-Match", "W/\"stale\"", "If-Modified-Since", "Sun, 30 Nov 2025 00:00:00 GMT"));
        assertEquals(200, r.statusCode());
    }

    @Test
    void aNewlyCompletedWeekChangesTheValidators() {
        Instant saved = app.clock.instant();
        try {
            app.clock.set(Instant.parse("2025-11-29T04:00:00Z"));
            HttpResponse<String> before = app.get("/weeks/feed.xml");
            assertEquals("Sat, 22 Nov 2025 05:00:00 GMT", before.headers().firstValue("Last-Modified").orElseThrow());
            String etag = before.headers().firstValue("ETag").orElseThrow();
            app.clock.set(Instant.parse("2025-11-29T06:00:00Z"));
            HttpResponse<String> after = app.get("/weeks/feed.xml", Map.of("If-None-Match", etag));
            assertEquals(200, after.statusCode());
            assertTrue(after.body().contains("/weeks/2025-11-28"));
        } finally {
            app.clock.set(saved);
        }
    }
}
