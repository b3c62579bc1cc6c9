package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.MutableClock;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The page cache over a small server whose handlers count how often they really run. */
class PageCacheTest {
    private static final String BODY = "<p>" + "Sector cap $67.89B, 6 gainers and 28 decliners. ".repeat(80) + "</p>";

    @TempDir
    Path noTemplates;

    private final AtomicLong version = new AtomicLong(1);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-28T21:00:00Z"));
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin server;
    private PageCache cache;

    /** The next instant at which time alone changes the test site (a scheduled publication), or null. */
    private final AtomicReference<Instant> nextChange = new AtomicReference<>();
    /** Closed: /gate renders block until it opens (a render in flight that the test controls). */
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private void start(boolean enabled, long maxBytes) {
        start(enabled, maxBytes, false);
    }

    private void start(boolean enabled, long maxBytes, boolean hitsByJetty) {
        TimeBoundaries boundaries = new TimeBoundaries(List.of(now -> Optional.ofNullable(nextChange.get())));
        cache = new PageCache(enabled, version::get, new SourceStamp(noTemplates), clock, boundaries, maxBytes);
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            if (hitsByJetty) {
                cfg.jetty.modifyServer(s -> s.insertHandler(new CachedPageHandler(cache, new SecurityHeaders(false), List.of())));
            }
            cfg.http.compressionStrategy = CompressionStrategy.GZIP;
            cfg.routes.before(cache::before);
            cfg.routes.after(cache::after);
            cfg.routes.get("/page", ctx -> counted(ctx, "page?" + ctx.queryString()).html(BODY + version.get()));
            cfg.routes.get("/feed.xml", ctx -> counted(ctx, "xml").contentType("application/rss+xml; charset=utf-8")
                    .header("ETag", "W/\"feed-content-hash\"").header("Last-Modified", "Fri, 28 Nov 2025 21:00:00 GMT")
                    .result(BODY));
            cfg.routes.get("/atom.xml", ctx -> counted(ctx, "atom").contentType("application/atom+xml").result(BODY));
            cfg.routes.get("/feed.json", ctx -> counted(ctx, "json").contentType("application/feed+json").result(BODY));
            cfg.routes.get("/data.csv", ctx -> counted(ctx, "csv").contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"data.csv\"").result(BODY));
            cfg.routes.get("/sitemap.xml", ctx -> counted(ctx, "sitemap").contentType("application/xml").result(BODY));
            cfg.routes.get("/missing", ctx -> {
                counted(ctx, "missing");
                throw new NotFoundResponse("gone");
            });
            cfg.routes.get("/mine", ctx -> counted(ctx, "mine").header("Cache-Control", "private, no-store").html(BODY));
            cfg.routes.get("/greeting", ctx -> {
                counted(ctx, "greeting");
                ctx.attribute(RequestAttributes.USER, "editor@example.com");
                ctx.html(BODY);
            });
            cfg.routes.get("/slow", ctx -> {
                counted(ctx, "slow");
                Thread.sleep(300);
                ctx.html(BODY);
            });
            cfg.routes.get("/gate", ctx -> {
                long shown = version.get();
                counted(ctx, "gate");
                gate.await(20, TimeUnit.SECONDS);
                ctx.html(BODY + shown);
            });
            cfg.routes.get("/editor/drafts", ctx -> counted(ctx, "editor").html(BODY));
            cfg.routes.get("/login", ctx -> counted(ctx, "login").html(BODY));
            cfg.routes.get("/logout", ctx -> counted(ctx, "logout").html(BODY));
            cfg.routes.exception(NotFoundResponse.class, (e, ctx) -> ctx.status(404).html("<p>Not found</p>"));
        }).start(0);
    }

    private io.javalin.http.Context counted(io.javalin.http.Context ctx, String key) {
        runs.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return ctx;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private int ran(String key) {
        AtomicInteger n = runs.get(key);
        return n == null ? 0 : n.get();
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> getAsync(String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitRuns(String key, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ran(key) < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(n, ran(key));
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedPageIsServedFromTheCacheUntilTheContentVersionChanges() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> first = get("/page?x=1");
        HttpResponse<byte[]> second = get("/page?x=1");
        assertEquals(200, second.statusCode());
        assertEquals(1, ran("page?x=1"));
        assertEquals(text(first), text(second));
        assertTrue(text(second).endsWith("1"));

        get("/page?x=2");
        assertEquals(1, ran("page?x=2"), "the query string is part of the key");

        version.incrementAndGet();
        HttpResponse<byte[]> afterWrite = get("/page?x=1");
        assertEquals(2, ran("page?x=1"), "a write makes the next request render again");
        assertTrue(text(afterWrite).endsWith("2"));
    }

    @Test
    void hitsAreServedGzipCompressedOnceWhenTheClientAcceptsIt() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> plain = get("/page");
        HttpResponse<byte[]> miss = get("/page?gz", "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> hit = get("/page?gz", "Accept-Encoding", "gzip, deflate");
        for (HttpResponse<byte[]> r : List.of(miss, hit)) {
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null));
            assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(null));
            assertArrayEquals(plain.body(), gunzip(r.body()));
            assertTrue(r.body().length < plain.body().length / 5, "compressed " + r.body().length);
        }
        assertArrayEquals(miss.body(), hit.body());
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
        HttpResponse<byte[]> refused = get("/page", "Accept-Encoding", "gzip;q=0, identity");
        assertNull(refused.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(plain.body(), refused.body());
    }

    @ParameterizedTest
    @CsvSource({
        "/feed.xml, xml, application/rss+xml",
        "/atom.xml, atom, application/atom+xml",
        "/sitemap.xml, sitemap, application/xml",
        "/feed.json, json, application/feed+json",
        "/data.csv, csv, text/csv"})
    void feedsAndDataFilesAreCachedAndGzippedToo(String path, String key, String type) {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> hit = get(path, "Accept-Encoding", "gzip");
        assertEquals(1, ran(key));
        assertTrue(hit.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals("gzip", hit.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(BODY, new String(gunzip(hit.body()), StandardCharsets.UTF_8));
        if (key.equals("csv")) {
            assertEquals("attachment; filename=\"data.csv\"", hit.headers().firstValue("Content-Disposition").orElse(null));
        }
    }

    @Test
    void theEtagFollowsTheContentAndA304CostsNoRenderingOnAHit() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> first = get("/page");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals(PageCache.DEFAULT_CACHE_CONTROL, first.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<byte[]> revalidated = get("/page", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElse(null));
        assertEquals(1, ran("page?null"));

        version.incrementAndGet();
        HttpResponse<byte[]> changed = get("/page", "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "the page shows the version, so a write changes it");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());

        String feedEtag = get("/feed.json").headers().firstValue("ETag").orElseThrow();
        version.incrementAndGet();
        HttpResponse<byte[]> unchanged = get("/feed.json", "If-None-Match", feedEtag);
        assertEquals(304, unchanged.statusCode(), "a write that leaves a page as it was keeps its ETag");
        assertEquals(2, ran("json"));
    }

    @Test
    void timeAloneExpiresNothingUntilTheNextBoundaryAndThenRendersAgainAtThatInstant() {
        Instant publication = clock.instant().plus(Duration.ofHours(3));
        nextChange.set(publication);
        start(true, PageCache.DEFAULT_MAX_BYTES);
        get("/page");
        clock.advance(Duration.ofHours(3).minusMillis(1));
        get("/page");
        assertEquals(1, ran("page?null"), "no expiry by the clock before the boundary");
        clock.set(publication);
        get("/page");
        assertEquals(2, ran("page?null"), "rendered again at the instant time alone changes the site");
        nextChange.set(null);
        clock.advance(Duration.ofDays(30));
        get("/page");
        assertEquals(2, ran("page?null"), "without a boundary ahead, time alone expires nothing");
    }

    @Test
    void aClockMovedBackIsNotServedPagesRenderedLater() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        Instant start = clock.instant();
        clock.advance(Duration.ofHours(1));
        get("/page");
        clock.set(start);
        get("/page");
        assertEquals(2, ran("page?null"));
    }

    @ParameterizedTest(name = "hits answered by Jetty: {0}")
    @ValueSource(booleans = {false, true})
    void whileAWriteIsRenderedReadersGetThePreviousBytesWithAnAgeForAtMostASecond(boolean hitsByJetty) throws Exception {
        start(true, PageCache.DEFAULT_MAX_BYTES, hitsByJetty);
        assertTrue(text(get("/gate")).endsWith("1"));
        clock.advance(Duration.ofSeconds(5));
        assertTrue(text(get("/gate")).endsWith("1"), "a hit: the cache sees version 1 as current now");

        gate = new CountDownLatch(1);
        version.set(2);
        var first = getAsync("/gate");
        awaitRuns("gate", 2);
        HttpResponse<byte[]> meanwhile = get("/gate", "Accept-Encoding", "gzip");
        assertEquals(200, meanwhile.statusCode());
        assertTrue(new String(gunzip(meanwhile.body()), StandardCharsets.UTF_8).endsWith("1"), "the previous bytes");
        assertEquals("5", meanwhile.headers().firstValue("Age").orElse(null), "seconds since they were rendered");
        clock.advance(Duration.ofMillis(999));
        assertTrue(text(get("/gate")).endsWith("1"), "still within the bound");

        clock.advance(Duration.ofMillis(1));
        var late = getAsync("/gate");
        Thread.sleep(300);
        assertFalse(late.isDone(), "past the bound a reader waits for the render instead of getting old bytes");
        gate.countDown();
        for (var r : List.of(first, late)) {
            HttpResponse<byte[]> response = r.get(20, TimeUnit.SECONDS);
            assertTrue(text(response).endsWith("2"));
            assertTrue(response.headers().firstValue("Age").isEmpty());
        }
        assertEquals(2, ran("gate"), "the late reader shared the render");
        assertTrue(get("/gate").headers().firstValue("Age").isEmpty(), "a fresh hit has no Age");
    }

    @ParameterizedTest(name = "hits answered by Jetty: {0}")
    @ValueSource(booleans = {false, true})
    void whenTimeAloneMovesTheGenerationThePreviousBytesServeForASecondAfterTheBoundary(boolean hitsByJetty)
            throws Exception {
        Instant publication = clock.instant().plus(Duration.ofMinutes(10));
        nextChange.set(publication);
        start(true, PageCache.DEFAULT_MAX_BYTES, hitsByJetty);
        get("/gate");
        gate = new CountDownLatch(1);
        clock.set(publication.plusMillis(400));
        var first = getAsync("/gate");
        awaitRuns("gate", 2);
        HttpResponse<byte[]> meanwhile = get("/gate");
        assertEquals(200, meanwhile.statusCode());
        assertEquals("600", meanwhile.headers().firstValue("Age").orElse(null));
        clock.set(publication.plusMillis(1000));
        var late = getAsync("/gate");
        Thread.sleep(300);
        assertFalse(late.isDone(), "a second after the boundary the old bytes are no longer served");
        gate.countDown();
        assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
        assertTrue(late.get(20, TimeUnit.SECONDS).headers().firstValue("Age").isEmpty());
        assertEquals(2, ran("gate"));
    }

    @Test
    void readersAfterAQuietSpellWaitForTheRenderRatherThanGetBytesOlderThanTheBound() throws Exception {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        get("/gate");
        clock.advance(Duration.ofMinutes(5)); // nobody asked: the cache last saw version 1 five minutes ago
        gate = new CountDownLatch(1);
        version.set(2);
        var first = getAsync("/gate");
        awaitRuns("gate", 2);
        var second = getAsync("/gate");
        Thread.sleep(300);
        assertFalse(second.isDone(), "the write may have come right after the last look: no grace left");
        gate.countDown();
        assertTrue(text(second.get(20, TimeUnit.SECONDS)).endsWith("2"));
        assertTrue(text(first.get(20, TimeUnit.SECONDS)).endsWith("2"));
    }

    @Test
    void signedInRequestsAndUserPagesAreNeverCached() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        get("/page", "Cookie", PageCache.SESSION_COOKIE + "=abc");
        HttpResponse<byte[]> withCookie = get("/page", "Cookie", PageCache.SESSION_COOKIE + "=abc");
        assertEquals(2, ran("page?null"));
        assertTrue(withCookie.headers().firstValue("ETag").isEmpty());

        get("/greeting");
        HttpResponse<byte[]> greeting = get("/greeting");
        assertEquals(2, ran("greeting"), "a response for a signed-in user is not kept");
        assertTrue(greeting.headers().firstValue("ETag").isEmpty());

        get("/mine");
        get("/mine");
        assertEquals(2, ran("mine"), "Cache-Control: private/no-store opts out");
    }

    @Test
    void errorsAndEditorAndSignInPagesAreNeverCached() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        for (String path : List.of("/missing", "/editor/drafts", "/login", "/logout")) {
            get(path);
            HttpResponse<byte[]> again = get(path);
            assertTrue(again.headers().firstValue("ETag").isEmpty(), path);
        }
        assertEquals(404, get("/missing").statusCode());
        assertEquals(3, ran("missing"));
        assertEquals(2, ran("editor"));
        assertEquals(2, ran("login"));
        assertEquals(2, ran("logout"));
        assertEquals(0, cache.size());
    }

    @Test
    void pageCacheOffRendersEveryTimeButKeepsEtagsAndGzip() {
        start(false, PageCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> first = get("/page", "Accept-Encoding", "gzip");
        get("/page", "Accept-Encoding", "gzip");
        assertEquals(2, ran("page?null"));
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(304, get("/page", "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheStaysWithinItsMemoryBound() {
        long bound = 40_000;
        start(true, bound);
        for (int i = 0; i < 40; i++) {
            get("/page?n=" + i);
        }
        assertTrue(cache.size() < 40, "held " + cache.size());
        assertTrue(cache.size() > 0);
        get("/page?n=39");
        assertEquals(1, ran("page?n=39"), "the most recent page is still held");
    }

    @Test
    void concurrentMissesOfOnePageRenderItOnceAndShareTheBytes() throws Exception {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/slow"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (var r : responses) {
            HttpResponse<byte[]> response = r.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals(BODY, new String(gunzip(response.body()), StandardCharsets.UTF_8));
        }
        assertEquals(1, ran("slow"));
    }

    @Test
    void aHandlersOwnValidatorsAreKeptAndAnsweredFromTheCache() {
        start(true, PageCache.DEFAULT_MAX_BYTES);
        get("/feed.xml");
        HttpResponse<byte[]> hit = get("/feed.xml");
        assertEquals("W/\"feed-content-hash\"", hit.headers().firstValue("ETag").orElse(null));
        assertEquals("Fri, 28 Nov 2025 21:00:00 GMT", hit.headers().firstValue("Last-Modified").orElse(null));
        assertEquals(304, get("/feed.xml", "If-None-Match", "\"feed-content-hash\"").statusCode());
        assertEquals(304, get("/feed.xml", "If-Modified-Since", "Fri, 28 Nov 2025 21:00:00 GMT").statusCode());
        assertEquals(200, get("/feed.xml", "If-Modified-Since", "Fri, 28 Nov 2025 20:59:59 GMT").statusCode());
        assertEquals(200, get("/feed.xml", "If-Modified-Since", "yesterday").statusCode());
        assertEquals(1, ran("xml"));
    }
}
