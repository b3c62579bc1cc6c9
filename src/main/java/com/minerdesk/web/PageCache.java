package com.minerdesk.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Public GET responses kept as ready bytes (plain and gzip), keyed by path and query and valid for
 * one {@link Generation}: the content version, which every write bumps, the span until time alone
 * next changes the site ({@link TimeBoundaries}) and (run from the repository) the templates'
 * modification time. A hit costs no query, no rendering and no compression.
 *
 * <p>Serve while refreshing: once the generation has moved on, the first request for a page renders
 * it, and every request for that page meanwhile gets the previous bytes with an {@code Age} header,
 * within the bound of {@link Generations} (at most 2 s after the change); past it they wait for the
 * render, which they share.
 *
 * <p>Every public 200 response carries an ETag over its content (unless its handler set one, as the
 * feeds do) and a matching If-None-Match, or If-Modified-Since for responses with Last-Modified, is
 * answered 304. Never cached: requests carrying the session cookie (signed-in pages differ per user),
 * anything under {@link #NEVER_CACHED}, non-200 responses, and responses that set a cookie or say
 * {@code Cache-Control: private} or {@code no-store}.
 */
public final class PageCache {
    public static final String SESSION_COOKIE = "md_session";
    /** Images are immutable and served with their own validators: holding their bytes here would push pages out. */
    static final List<String> NEVER_CACHED = List.of("/editor", "/login", "/logout", "/healthz", "/static", "/images");
    static final String DEFAULT_CACHE_CONTROL = "public, no-cache";
    static final long DEFAULT_MAX_BYTES = 48L * 1024 * 1024;
    static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    private static final List<String> KEPT_HEADERS = List.of(
            "Content-Disposition", "Content-Language", "Link", "Last-Modified", "X-Robots-Tag");
    private static final String PENDING = "minerdesk.pageCache.pending";

    private final boolean enabled;
    private final Generations generations;
    private final PageStore store;

    private record Pending(Generation generation, String key, PageStore.Flight flight) {
    }

    /** A page to answer with; {@code stale} when its generation has moved on (it then carries an Age). */
    record Held(CachedPage page, boolean stale) {
    }

    public PageCache(boolean enabled, LongSupplier contentVersion, Path projectDir, Clock clock,
            TimeBoundaries boundaries) {
        this(enabled, contentVersion, new SourceStamp(projectDir), clock, boundaries, DEFAULT_MAX_BYTES);
    }

    PageCache(boolean enabled, LongSupplier contentVersion, SourceStamp sources, Clock clock,
            TimeBoundaries boundaries, long maxBytes) {
        this.enabled = enabled;
        this.generations = new Generations(contentVersion, sources, clock, boundaries);
        this.store = new PageStore(maxBytes);
    }

    /** Before the route: the held bytes (or 304) on a hit, else remember what to keep. */
    public void before(Context ctx) {
        if (!publicGet(ctx)) {
            return;
        }
        Generation generation = generations.current();
        String key = key(ctx.path(), ctx.queryString());
        PageStore.Flight flight = null;
        if (enabled) {
            CachedPage page = store.get(key);
            if (page == null || older(page, generation)) {
                CachedPage previous = page != null && servableStale(page) ? page : null;
                PageStore.Turn turn = store.awaitOrStart(key, generation, previous);
                page = turn.page();
                flight = turn.flight();
            }
            if (page != null) {
                serve(ctx, page, older(page, generation));
                ctx.skipRemainingHandlers();
                return;
            }
        }
        ctx.attribute(PENDING, new Pending(generation, key, flight));
    }

    /** After the route: keep a public 200 response, then answer it as a hit would be. */
    public void after(Context ctx) {
        Pending pending = ctx.attribute(PENDING);
        if (pending == null) {
            return;
        }
        CachedPage page = null;
        try {
            page = storable(ctx) ? capture(ctx, pending.generation(), generations.now()) : null;
            if (page != null) {
                if (enabled) {
                    store.put(pending.key(), page);
                }
                send(ctx, page);
            }
        } finally {
            store.land(pending.key(), pending.flight(), page);
        }
    }

    /**
     * What can answer this address without the router (read by {@link CachedPageHandler} before
     * Javalin): the page of the current generation, or the previous one while another request renders
     * it; null when the request has to go on to render or wait.
     */
    Held held(String path, String query) {
        if (!enabled) {
            return null;
        }
        Generation generation = generations.current();
        String key = key(path, query);
        CachedPage page = store.get(key);
        if (page == null) {
            return null;
        }
        if (!older(page, generation)) {
            return new Held(page, false);
        }
        return store.rendering(key, generation) && servableStale(page) ? new Held(page, true) : null;
    }

    /** The Age of a stale page now, in whole seconds. */
    long age(CachedPage page) {
        return page.ageSeconds(generations.now());
    }

    /** A page of a generation before this one (a newer one is possible when this request read the time just before another moved it on). */
    private static boolean older(CachedPage page, Generation generation) {
        return page.generation().serial() < generation.serial();
    }

    private boolean servableStale(CachedPage page) {
        return generations.servableStale(page.generation(), generations.now());
    }

    /** The number of pages held (for tests and diagnostics). */
    public int size() {
        return store.size();
    }

    static boolean publicGet(Context ctx) {
        if (!"GET".equals(ctx.req().getMethod())) {
            return false;
        }
        return cacheablePath(ctx.path()) && ctx.cookie(SESSION_COOKIE) == null;
    }

    /** False for the addresses under {@link #NEVER_CACHED}. */
    static boolean cacheablePath(String path) {
        for (String prefix : NEVER_CACHED) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return false;
            }
        }
        return true;
    }

    private static boolean storable(Context ctx) {
        HttpServletResponse res = ctx.res();
        if (ctx.statusCode() != 200 || ctx.attribute(RequestAttributes.USER) != null
                || res.containsHeader("Set-Cookie") || res.containsHeader("Content-Encoding")) {
            return false;
        }
        String cacheControl = res.getHeader("Cache-Control");
        String cc = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
        return !cc.contains("no-store") && !cc.contains("private");
    }

    private static String key(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    private static CachedPage capture(Context ctx, Generation generation, long now) {
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
        HttpServletResponse res = ctx.res();
        String type = res.getContentType();
        byte[] gzip = plain.length >= Gzip.MIN_SIZE && Gzip.compressible(type) ? Gzip.compress(plain) : null;
        String etag = res.getHeader("ETag");
        String cacheControl = res.getHeader("Cache-Control");
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = res.getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return new CachedPage(generation, now, etag != null ? etag : PageValidators.etag(plain), type,
                cacheControl != null ? cacheControl : DEFAULT_CACHE_CONTROL, kept, plain, gzip);
    }

    private static boolean answeredNotModified(Context ctx, CachedPage page) {
        if (!PageValidators.notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), page)) {
            return false;
        }
        ctx.header("ETag", page.etag());
        ctx.header("Cache-Control", page.cacheControl());
        ctx.header("Vary", "Accept-Encoding");
        ctx.status(304);
        return true;
    }

    /** A hit: the bytes go straight to the response, bypassing Javalin's result stream and compression. */
    private void serve(Context ctx, CachedPage page, boolean stale) {
        HttpServletResponse res = ctx.res();
        if (stale) {
            res.setHeader("Age", Long.toString(age(page)));
        }
        if (answeredNotModified(ctx, page)) {
            return;
        }
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

    /** A page just rendered: sent through Javalin's result (which leaves a gzip body alone). */
    private static void send(Context ctx, CachedPage page) {
        if (answeredNotModified(ctx, page)) {
            ctx.result(new byte[0]);
            return;
        }
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
}
