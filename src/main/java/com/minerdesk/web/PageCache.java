package com.minerdesk.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Public GET responses kept as ready bytes (plain and gzip), keyed by path and query and valid for
 * one generation of the site: the content version, which every write bumps, and (run from the
 * repository) the templates' modification time. A hit costs no query, no rendering and no compression.
 *
 * <p>Every public 200 response gets an ETag made of the generation and the key (unless its handler set
 * one, as the feeds do over their content), and a matching If-None-Match is answered 304 before any
 * work; a cached response with Last-Modified also answers If-Modified-Since. Never cached: requests carrying the session cookie
 * (signed-in pages differ per user), anything under {@link #NEVER_CACHED}, non-200 responses, and
 * responses that set a cookie or say {@code Cache-Control: private/no-store}.
 */
public final class PageCache {
    public static final String SESSION_COOKIE = "md_session";
    static final List<String> NEVER_CACHED = List.of("/editor", "/login", "/logout", "/healthz", "/static");
    static final String DEFAULT_CACHE_CONTROL = "public, no-cache";
    static final long DEFAULT_MAX_BYTES = 48L * 1024 * 1024;
    static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    static final long AWAIT_MILLIS = 5_000;
    private static final List<String> KEPT_HEADERS = List.of(
            "Content-Disposition", "Content-Language", "Link", "Last-Modified", "X-Robots-Tag");
    private static final String PENDING = "minerdesk.pageCache.pending";

    private final boolean enabled;
    private final LongSupplier version;
    private final SourceStamp sources;
    private final long maxBytes;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Flight> inflight = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong useClock = new AtomicLong();

    private record Pending(long generation, String key, String etag, Flight flight) {
    }

    /** A page being rendered by one request, which the others wait for. */
    private record Flight(long generation, CompletableFuture<CachedPage> page) {
    }

    private static final class Slot {
        final CachedPage page;
        volatile long lastUsed;

        Slot(CachedPage page, long lastUsed) {
            this.page = page;
            this.lastUsed = lastUsed;
        }
    }

    public PageCache(boolean enabled, LongSupplier contentVersion, java.nio.file.Path projectDir) {
        this(enabled, contentVersion, new SourceStamp(projectDir), DEFAULT_MAX_BYTES);
    }

    PageCache(boolean enabled, LongSupplier contentVersion, SourceStamp sources, long maxBytes) {
        this.enabled = enabled;
        this.version = contentVersion;
        this.sources = sources;
        this.maxBytes = maxBytes;
    }

    /** Before the route: the stored bytes (or 304) on a hit, 304 for a current ETag, else remember what to store. */
    public void before(Context ctx) {
        if (!publicGet(ctx)) {
            return;
        }
        long generation = generation();
        String key = key(ctx);
        String ifNoneMatch = ctx.header("If-None-Match");
        CachedPage page = enabled ? held(key, generation) : null;
        if (page != null) {
            serve(ctx, page, ifNoneMatch);
            ctx.skipRemainingHandlers();
            return;
        }
        String etag = etag(generation, key);
        if (notModified(ifNoneMatch, etag)) {
            notModified(ctx, etag, DEFAULT_CACHE_CONTROL);
            return;
        }
        Flight flight = null;
        if (enabled) {
            flight = new Flight(generation, new CompletableFuture<>());
            Flight rendering = inflight.putIfAbsent(key, flight);
            if (rendering != null) {
                page = awaitOrTakeOver(key, rendering, flight);
                if (page != null) {
                    serve(ctx, page, ifNoneMatch);
                    ctx.skipRemainingHandlers();
                    return;
                }
                flight = inflight.get(key) == flight ? flight : null;
            }
        }
        ctx.attribute(PENDING, new Pending(generation, key, etag, flight));
    }

    /** After the route: keep a public 200 response and send it compressed once, if the client accepts gzip. */
    public void after(Context ctx) {
        Pending pending = ctx.attribute(PENDING);
        if (pending == null) {
            return;
        }
        CachedPage page = null;
        try {
            page = storable(ctx) ? capture(ctx, pending) : null;
            if (page != null) {
                if (enabled) {
                    store(pending.key(), page);
                }
                send(ctx, page);
            }
        } finally {
            land(pending.key(), pending.flight(), page);
        }
    }

    private CachedPage held(String key, long generation) {
        Slot slot = slots.get(key);
        if (slot == null || slot.page.generation() != generation) {
            return null;
        }
        slot.lastUsed = useClock.incrementAndGet();
        return slot.page;
    }

    /**
     * Another request is rendering this page: wait for its bytes instead of rendering it once more
     * (after a write, every reader of a popular page would otherwise render it at the same time).
     * A render of an older generation, or one that takes too long, is taken over.
     */
    private CachedPage awaitOrTakeOver(String key, Flight rendering, Flight mine) {
        if (rendering.generation() == mine.generation()) {
            try {
                return rendering.page().get(AWAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                land(key, rendering, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (!inflight.replace(key, rendering, mine)) {
            inflight.putIfAbsent(key, mine);
        }
        return null;
    }

    private void land(String key, Flight flight, CachedPage page) {
        if (flight != null) {
            inflight.remove(key, flight);
            flight.page().complete(page);
        }
    }

    private static CachedPage capture(Context ctx, Pending pending) {
        InputStream in = ctx.resultInputStream();
        if (in == null) {
            return null;
        }
        byte[] plain;
        try {
            plain = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (plain.length > MAX_PAGE_BYTES) {
            ctx.result(plain);
            return null;
        }
        String type = ctx.res().getContentType();
        byte[] gzip = plain.length >= Gzip.MIN_SIZE && Gzip.compressible(type) ? Gzip.compress(plain) : null;
        String cacheControl = ctx.res().getHeader("Cache-Control");
        String ownEtag = ctx.res().getHeader("ETag");
        return new CachedPage(pending.generation(), ownEtag != null ? ownEtag : pending.etag(), type,
                cacheControl == null ? DEFAULT_CACHE_CONTROL : cacheControl, keptHeaders(ctx), plain, gzip);
    }

    /** The number of pages held (for tests and diagnostics). */
    public int size() {
        return slots.size();
    }

    private long generation() {
        long stamp = sources.current();
        return stamp == 0 ? version.getAsLong() : version.getAsLong() * 1_000_003L + stamp;
    }

    static boolean publicGet(Context ctx) {
        if (!"GET".equals(ctx.req().getMethod())) {
            return false;
        }
        String path = ctx.path();
        for (String prefix : NEVER_CACHED) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return false;
            }
        }
        return ctx.cookie(SESSION_COOKIE) == null;
    }

    private static boolean storable(Context ctx) {
        if (ctx.statusCode() != 200 || ctx.attribute(RequestAttributes.USER) != null
                || ctx.res().containsHeader("Set-Cookie") || ctx.res().containsHeader("Content-Encoding")) {
            return false;
        }
        String cacheControl = ctx.res().getHeader("Cache-Control");
        if (cacheControl == null) {
            return true;
        }
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        return !cc.contains("no-store") && !cc.contains("private");
    }

    private static String key(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    static String etag(long generation, String key) {
        return "W/\"" + Long.toString(generation, 36) + "-" + Integer.toHexString(key.hashCode()) + "\"";
    }

    /** If-None-Match holds a list of tags or *; weak comparison, as RFC 9110 asks for GET. */
    static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** For responses that carry Last-Modified (feeds): If-Modified-Since, when no If-None-Match is sent. */
    static boolean notModifiedSince(String ifModifiedSince, String lastModified) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, String> keptHeaders(Context ctx) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    private static void notModified(Context ctx, String etag, String cacheControl) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        ctx.status(304);
        ctx.skipRemainingHandlers();
    }

    /** A hit: the bytes go straight to the response, bypassing Javalin's result stream and compression. */
    private static void serve(Context ctx, CachedPage page, String ifNoneMatch) {
        if (ifNoneMatch != null ? notModified(ifNoneMatch, page.etag())
                : notModifiedSince(ctx.header("If-Modified-Since"), page.headers().get("Last-Modified"))) {
            notModified(ctx, page.etag(), page.cacheControl());
            return;
        }
        HttpServletResponse res = ctx.res();
        res.setHeader("ETag", page.etag());
        res.setHeader("Cache-Control", page.cacheControl());
        res.setHeader("Vary", "Accept-Encoding");
        page.headers().forEach(res::setHeader);
        res.setContentType(page.contentType());
        byte[] body = page.plain();
        if (page.gzip() != null && Gzip.accepted(ctx.header("Accept-Encoding"))) {
            res.setHeader("Content-Encoding", "gzip");
            body = page.gzip();
        }
        res.setContentLength(body.length);
        try {
            res.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A miss that was just captured: sent through Javalin (which leaves a gzip body alone). */
    private static void send(Context ctx, CachedPage page) {
        ctx.header("ETag", page.etag());
        ctx.header("Cache-Control", page.cacheControl());
        ctx.header("Vary", "Accept-Encoding");
        page.headers().forEach(ctx::header);
        ctx.contentType(page.contentType());
        if (page.gzip() != null && Gzip.accepted(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(page.gzip());
        } else {
            ctx.result(page.plain());
        }
    }

    private void store(String key, CachedPage page) {
        Slot previous = slots.put(key, new Slot(page, useClock.incrementAndGet()));
        long total = bytes.addAndGet(page.size() - (previous == null ? 0 : previous.page.size()));
        if (total > maxBytes) {
            evict(page.generation());
        }
    }

    /** Drops pages of older generations, then the least recently used, down to three quarters of the limit. */
    private synchronized void evict(long currentGeneration) {
        slots.forEach((k, s) -> {
            if (s.page.generation() != currentGeneration && slots.remove(k, s)) {
                bytes.addAndGet(-s.page.size());
            }
        });
        if (bytes.get() <= maxBytes * 3 / 4) {
            return;
        }
        List<Map.Entry<String, Slot>> byUse = new ArrayList<>(slots.entrySet());
        byUse.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        for (Map.Entry<String, Slot> e : byUse) {
            if (bytes.get() <= maxBytes * 3 / 4) {
                break;
            }
            if (slots.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().page.size());
            }
        }
    }
}
