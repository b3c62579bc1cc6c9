package com.minerdesk.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Headers sent with every response. No inline script or style is allowed anywhere. */
public final class SecurityHeaders {
    /** The policy without image hosts: images from this site only (and data: URLs, which charts use). */
    static final String CSP = csp("");
    private final Map<String, String> headers;

    public SecurityHeaders(boolean https) {
        this(https, "");
    }

    /** {@code imageHosts}: host names, separated by commas, that write-ups may show images from over https. */
    public SecurityHeaders(boolean https, String imageHosts) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", csp(imageHosts));
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            h.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        this.headers = Collections.unmodifiableMap(h);
    }

    static String csp(String imageHosts) {
        String hosts = Arrays.stream(imageHosts.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .map(x -> " https://" + x).collect(Collectors.joining());
        return "default-src 'self'; img-src 'self' data:" + hosts + "; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    public void apply(Context ctx) {
        headers.forEach(ctx::header);
    }

    /** The headers by name; {@link JettyErrors} also writes them on answers Javalin never sees. */
    public Map<String, String> headers() {
        return headers;
    }
}
