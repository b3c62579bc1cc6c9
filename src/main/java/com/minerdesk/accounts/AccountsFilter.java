package com.minerdesk.accounts;

import com.minerdesk.web.RequestAttributes;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/**
 * Runs before every request: resolves the session cookie to the signed-in account and checks the
 * CSRF token of every POST (403 when it is missing or wrong, before anything changes). Who may use
 * a route is checked afterwards, by {@link Access}.
 */
public final class AccountsFilter {
    /** Pre-session CSRF cookie for the sign-in form (double-submit). */
    static final String PRE_SESSION_COOKIE = "md_csrf";
    static final String SESSION_ATTR = "minerdesk.session";
    static final long MAX_FORM_BYTES = 21L * 1024 * 1024;
    private final Sessions sessions;

    public AccountsFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    public void apply(Context ctx) {
        String cookie = ctx.cookie(Sessions.COOKIE);
        if (cookie != null) {
            sessions.find(cookie).ifPresent(s -> {
                ctx.attribute(SESSION_ATTR, s);
                ctx.attribute(RequestAttributes.USER, s.user());
                ctx.attribute(RequestAttributes.CSRF_TOKEN, s.csrfToken());
            });
        }
        if ("POST".equals(ctx.method().name())) {
            checkCsrf(ctx);
        }
    }

    private static void checkCsrf(Context ctx) {
        if (ctx.contentLength() > MAX_FORM_BYTES) {
            // refuse before the body is read: nothing accepts more than a 20 MB upload
            throw new ContentTooLargeResponse("Uploads are limited to 20 MB. Split the file and import the parts.");
        }
        String sent;
        try {
            sent = ctx.formParam("_csrf");
        } catch (RuntimeException unreadableBody) {
            throw new ForbiddenResponse("The form could not be read. Reload the page and try again.");
        }
        Sessions.Session session = ctx.attribute(SESSION_ATTR);
        String expected = session != null ? session.csrfToken() : ctx.cookie(PRE_SESSION_COOKIE);
        if (expected == null || !Tokens.equalsConstantTime(expected, sent)) {
            throw new ForbiddenResponse("This form has expired or did not come from this site. Reload the page and try again.");
        }
    }
}
