package com.minerdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/** {@code GET|POST /login} and {@code POST /logout}. */
public final class LoginRoutes {
    private final Database db;
    private final Pages pages;
    private final SignInCheck check;
    private final ClientAddress clientAddress;
    private final Clock clock;

    LoginRoutes(Database db, Pages pages, SignInCheck check, ClientAddress clientAddress, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.pages = pages;
        this.check = check;
        this.clientAddress = clientAddress;
    }

    public void form(Context ctx) {
        if (ctx.attribute(com.minerdesk.web.RequestAttributes.USER) != null) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "", null);
    }

    private void render(Context ctx, int status, String email, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("error", error);
        model.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        model.put("loginCsrf", check.preSessionToken(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.status(status);
        pages.render(ctx, "accounts/login", PageMeta.titled("Sign in"), model);
    }

    public void signIn(Context ctx) {
        String email = UserQueries.normaliseEmail(ctx.formParam("email"));
        SignInCheck.Outcome outcome = check.attempt(ctx, email, ctx.formParam("password"));
        if (outcome instanceof SignInCheck.Refused refused && refused.status() == 429) {
            ctx.header("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            ctx.header("Cache-Control", "no-store");
            ctx.status(429).contentType("text/plain; charset=utf-8").result(refused.message());
        } else if (outcome instanceof SignInCheck.Refused refused) {
            render(ctx, refused.status(), email, refused.message());
        } else {
            ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        }
    }

    public void signOut(Context ctx) {
        Sessions.Session session = ctx.attribute(AccountsFilter.SESSION_ATTR);
        if (session != null) {
            db.dsl().transaction(cfg -> {
                Sessions.end(cfg.dsl(), session.idHash());
                Audit.record(cfg.dsl(), OffsetDateTime.now(clock), session.user(), clientAddress.of(ctx), "sign-out", session.user().email());
            });
        }
        ctx.removeCookie(Sessions.COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Only paths inside the editor area are followed after sign-in: no open redirect. */
    static String safeNext(String next) {
        if (next != null && (next.equals("/editor") || next.startsWith("/editor/") || next.startsWith("/editor?"))
                && !next.contains("//") && !next.contains("\\")) {
            return next;
        }
        return "/editor";
    }
}
