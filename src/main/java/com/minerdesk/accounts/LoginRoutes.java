package com.minerdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.UsersRecord;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET|POST /login} and {@code POST /logout}. */
public final class LoginRoutes {
    private final Database db;
    private final Pages pages;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final boolean secureCookies;
    private final Clock clock;

    public LoginRoutes(Database db, Pages pages, Sessions sessions, LoginThrottle throttle, ClientAddress clientAddress,
            boolean secureCookies, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.pages = pages;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.secureCookies = secureCookies;
    }

    public void form(Context ctx) {
        if (ctx.attribute(com.minerdesk.web.RequestAttributes.USER) != null) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "", null);
    }

    private void render(Context ctx, int status, String email, String error) {
        String token = ctx.cookie(AccountsFilter.PRE_SESSION_COOKIE);
        if (token == null || token.length() < 20) {
            token = Tokens.random();
            ctx.cookie(cookie(AccountsFilter.PRE_SESSION_COOKIE, token, -1));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("error", error);
        model.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        model.put("loginCsrf", token);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status);
        pages.render(ctx, "accounts/login", PageMeta.titled("Sign in"), model);
    }

    public void signIn(Context ctx) {
        String email = UserQueries.normaliseEmail(ctx.formParam("email"));
        String password = ctx.formParam("password");
        String ip = clientAddress.of(ctx);
        Optional<UsersRecord> account = new UserQueries(db.dsl()).byEmail(email).filter(u -> !u.getDisabled());
        String throttledAs = account.map(UsersRecord::getEmail).orElse(LoginThrottle.UNKNOWN_EMAIL);
        LoginThrottle.Attempt attempt = throttle.reserve(throttledAs, ip);
        if (attempt.retryAfter().isPresent()) {
            long wait = attempt.retryAfter().get();
            ctx.header("Retry-After", String.valueOf(wait));
            ctx.header("Cache-Control", "no-store");
            ctx.status(429).contentType("text/plain; charset=utf-8")
                    .result("Too many failed sign-ins. Try again in " + minutes(wait) + ".");
            return;
        }
        // always one bcrypt check, also for an unknown e-mail, so that timing tells nothing
        boolean matches = Passwords.matches(password, account.map(UsersRecord::getPasswordHash).orElse(null));
        if (!matches) {
            throttle.keepAsFailure();
            Audit.record(db.dsl(), OffsetDateTime.now(clock), null, ip, "sign-in-failed", account.isPresent() ? throttledAs : "(unknown e-mail)");
            render(ctx, 401, email, "That e-mail and password do not match an active account.");
            return;
        }
        throttle.release(attempt.id());
        CurrentUser current = UserQueries.toAccount(account.get()).asCurrentUser();
        // sessions and the audit log are not content: written without bumping the content version
        String sessionId = db.dsl().transactionResult(cfg -> {
            Audit.record(cfg.dsl(), OffsetDateTime.now(clock), current, ip, "sign-in", current.email());
            return sessions.start(cfg.dsl(), current.id());
        });
        ctx.cookie(cookie(Sessions.COOKIE, sessionId, (int) Sessions.LIFETIME.toSeconds()));
        ctx.removeCookie(AccountsFilter.PRE_SESSION_COOKIE, "/");
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
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

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secureCookies, true, null, SameSite.LAX);
    }

    /** Only paths inside the editor area are followed after sign-in: no open redirect. */
    static String safeNext(String next) {
        if (next != null && (next.equals("/editor") || next.startsWith("/editor/") || next.startsWith("/editor?"))
                && !next.contains("//") && !next.contains("\\")) {
            return next;
        }
        return "/editor";
    }

    private static String minutes(long seconds) {
        long m = (seconds + 59) / 60;
        return m <= 1 ? "a minute" : m + " minutes";
    }
}
