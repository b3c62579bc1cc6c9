package com.minerdesk.web;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Page-cache hits served by Jetty itself, before the servlet layer and Javalin: the stored bytes
 * with the site's security headers, at a fraction of the cost of a request through the router;
 * also the previous bytes of a page being rendered again (with an Age header), within the cache's bound.
 * Everything else (misses, signed-in requests, paths with their own before-handlers such as the
 * search rate limit) goes on to Javalin, where {@link PageCache} renders and keeps the page.
 */
public final class CachedPageHandler extends Handler.Wrapper {
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
    private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
    private final PageCache cache;
    private final List<HttpField> securityHeaders;
    private final List<String> passedOn;

    /** {@code passedOn}: path prefixes that always go through Javalin (their before-handlers must run). */
    public CachedPageHandler(PageCache cache, SecurityHeaders headers, List<String> passedOn) {
        this.cache = cache;
        this.securityHeaders = headers.headers().entrySet().stream()
                .map(e -> (HttpField) new PreEncodedHttpField(e.getKey(), e.getValue())).toList();
        this.passedOn = List.copyOf(passedOn);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        PageCache.Held held = hit(request);
        if (held == null) {
            return super.handle(request, response, callback);
        }
        CachedPage page = held.page();
        HttpFields requestHeaders = request.getHeaders();
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders.forEach(headers::put);
        if (held.stale()) {
            headers.put(HttpHeader.AGE, cache.age(page));
        }
        headers.put(HttpHeader.ETAG, page.etag());
        headers.put(HttpHeader.CACHE_CONTROL, page.cacheControl());
        headers.put(VARY);
        if (PageValidators.notModified(requestHeaders.get(HttpHeader.IF_NONE_MATCH),
                requestHeaders.get(HttpHeader.IF_MODIFIED_SINCE), page)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return true;
        }
        page.headers().forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, page.contentType());
        byte[] body = page.plain();
        if (page.gzip() != null && Gzip.accepted(requestHeaders.get(HttpHeader.ACCEPT_ENCODING))) {
            headers.put(GZIP);
            body = page.gzip();
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.setStatus(HttpStatus.OK_200);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private PageCache.Held hit(Request request) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            return null;
        }
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        if (path == null || !PageCache.cacheablePath(path) || passedOn.stream().anyMatch(path::startsWith)) {
            return null;
        }
        String cookies = request.getHeaders().get(HttpHeader.COOKIE);
        if (cookies != null && cookies.contains(PageCache.SESSION_COOKIE + "=")) {
            return null;
        }
        return cache.held(path, uri.getQuery());
    }
}
