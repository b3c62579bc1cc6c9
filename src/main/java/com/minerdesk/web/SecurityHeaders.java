package com.minerdesk.web;

import io.javalin.http.Context;

/** Headers sent with every response. No inline script or style is allowed anywhere. */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private final boolean https;

    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
