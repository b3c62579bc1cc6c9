package com.minerdesk.accounts;

import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.UsersRecord;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An e-mail and password checked as the sign-in form checks them (throttle, audit, one bcrypt check
 * whether the account exists or not) and, when they match, a new session with its cookie. The sign-in
 * form and the inline sign-in of an expired write-up form both use it.
 */
final class SignInCheck {
    private final Database db;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final boolean secureCookies;
    private final Clock clock;

    SignInCheck(Database db, Sessions sessions, LoginThrottle throttle, ClientAddress clientAddress, boolean secureCookies,
            Clock clock) {
        this.db = db;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    sealed interface Outcome {
    }

    /** Signed in: the session cookie is set and the pre-session token removed. */
    record SignedIn(Sessions.Session session) implements Outcome {
    }

    /** Refused: 401 for a wrong e-mail or password, 429 (with the seconds to wait) while throttled. */
    record Refused(int status, String message, long retryAfterSeconds) implements Outcome {
    }

    Outcome attempt(Context ctx, String typedEmail, String password) {
        String email = UserQueries.normaliseEmail(typedEmail);
        String ip = clientAddress.of(ctx);
        Optional<UsersRecord> account = new UserQueries(db.dsl()).byEmail(email).filter(u -> !u.getDisabled());
        String throttledAs = account.map(UsersRecord::getEmail).orElse(LoginThrottle.UNKNOWN_EMAIL);
        LoginThrottle.Attempt attempt = throttle.reserve(throttledAs, ip);
        if (attempt.retryAfter().isPresent()) {
            long wait = attempt.retryAfter().get();
            return new Refused(429, "Too many failed sign-ins. Try again in " + minutes(wait) + ".", wait);
        }
        // always one bcrypt check, also for an unknown e-mail, so that timing tells nothing
        boolean matches = Passwords.matches(password, account.map(UsersRecord::getPasswordHash).orElse(null));
        if (!matches) {
            throttle.keepAsFailure();
            Audit.record(db.dsl(), OffsetDateTime.now(clock), null, ip, "sign-in-failed", account.isPresent() ? throttledAs : "(unknown e-mail)");
            return new Refused(401, "That e-mail and password do not match an active account.", 0);
        }
        throttle.release(attempt.id());
        CurrentUser current = UserQueries.toAccount(account.get()).asCurrentUser();
        // sessions and the audit log are not content: written without bumping the content version
        String sessionId = db.dsl().transactionResult(cfg -> {
            Audit.record(cfg.dsl(), OffsetDateTime.now(clock), current, ip, "sign-in", current.email());
            return sessions.start(cfg.dsl(), current.id());
        });
        return new SignedIn(begin(ctx, sessionId));
    }

    /** Sets the cookie of a session started in a committed transaction and drops the pre-session token. */
    Sessions.Session begin(Context ctx, String sessionId) {
        ctx.cookie(cookie(Sessions.COOKIE, sessionId, (int) Sessions.LIFETIME.toSeconds()));
        ctx.removeCookie(AccountsFilter.PRE_SESSION_COOKIE, "/");
        return sessions.find(sessionId).orElseThrow();
    }

    Sessions sessions() {
        return sessions;
    }

    /** The double-submit token of a form sent before sign-in, set as a cookie when the browser has none. */
    String preSessionToken(Context ctx) {
        String token = ctx.cookie(AccountsFilter.PRE_SESSION_COOKIE);
        if (token == null || token.length() < 20) {
            token = Tokens.random();
            ctx.cookie(cookie(AccountsFilter.PRE_SESSION_COOKIE, token, -1));
        }
        return token;
    }

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secureCookies, true, null, SameSite.LAX);
    }

    private static String minutes(long seconds) {
        long m = (seconds + 59) / 60;
        return m <= 1 ? "a minute" : m + " minutes";
    }
}
