package com.minerdesk.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Headers sent with every response. No inline script or style is allowed anywhere. */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private final Map<String, String> headers;

    public SecurityHeaders(boolean https) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            h.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        this.headers = Collections.unmodifiableMap(h);
    }

    public void apply(Context ctx) {
        headers.forEach(ctx::header);
    }

    /** The headers by name; {@link JettyErrors} also writes them on answers Javalin never sees. */
    public Map<String, String> headers() {
        return headers;
    }
}
