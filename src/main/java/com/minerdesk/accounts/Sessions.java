package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.SESSIONS;
import static com.minerdesk.db.generated.Tables.USERS;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Server-side sessions in the database, so that a session signed in on one instance is valid on
 * every other. The cookie holds a random id; the table holds only its SHA-256. A session ends after
 * 12 hours without use and, however often it is used, 30 days after sign-in; expired rows are
 * deleted at each sign-in.
 */
public final class Sessions {
    public static final String COOKIE = "md_session";
    static final Duration LIFETIME = Duration.ofHours(12);
    static final Duration ABSOLUTE_LIFETIME = Duration.ofDays(30);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final DSLContext dsl;
    private final Clock clock;

    public record Session(String idHash, CurrentUser user, String csrfToken) {
    }

    public Sessions(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Starts a session for the account and returns the cookie value. */
    public String start(DSLContext tx, long userId) {
        String id = Tokens.random();
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.deleteFrom(SESSIONS).where(SESSIONS.EXPIRES_AT.le(now)).execute();
        tx.insertInto(SESSIONS)
                .set(SESSIONS.ID_HASH, Tokens.sha256(id))
                .set(SESSIONS.USER_ID, userId)
                .set(SESSIONS.CSRF_TOKEN, Tokens.random())
                .set(SESSIONS.CREATED_AT, now)
                .set(SESSIONS.LAST_SEEN_AT, now)
                .set(SESSIONS.EXPIRES_AT, now.plus(LIFETIME))
                .execute();
        return id;
    }

    /** The live session for a cookie value, extending it as it is used. */
    public Optional<Session> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(cookieValue);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Record r = dsl.select(SESSIONS.ID_HASH, SESSIONS.CSRF_TOKEN, SESSIONS.LAST_SEEN_AT, SESSIONS.CREATED_AT,
                        USERS.ID, USERS.EMAIL, USERS.NAME, USERS.SLUG, USERS.ROLE)
                .from(SESSIONS).join(USERS).on(USERS.ID.eq(SESSIONS.USER_ID))
                .where(SESSIONS.ID_HASH.eq(hash))
                .and(SESSIONS.EXPIRES_AT.gt(now))
                .and(USERS.DISABLED.isFalse())
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        if (r.get(SESSIONS.LAST_SEEN_AT).plus(TOUCH_EVERY).isBefore(now)) {
            dsl.update(SESSIONS)
                    .set(SESSIONS.LAST_SEEN_AT, now)
                    .set(SESSIONS.EXPIRES_AT, extendedTo(r.get(SESSIONS.CREATED_AT), now))
                    .where(SESSIONS.ID_HASH.eq(hash))
                    .execute();
        }
        CurrentUser user = new CurrentUser(r.get(USERS.ID), r.get(USERS.EMAIL), r.get(USERS.NAME),
                r.get(USERS.SLUG), r.get(USERS.ROLE));
        return Optional.of(new Session(hash, user, r.get(SESSIONS.CSRF_TOKEN)));
    }

    private static OffsetDateTime extendedTo(OffsetDateTime createdAt, OffsetDateTime now) {
        OffsetDateTime idle = now.plus(LIFETIME);
        OffsetDateTime absolute = createdAt.plus(ABSOLUTE_LIFETIME);
        return idle.isBefore(absolute) ? idle : absolute;
    }

    public static void end(DSLContext tx, String idHash) {
        tx.deleteFrom(SESSIONS).where(SESSIONS.ID_HASH.eq(idHash)).execute();
    }

    /** Ends every session of an account (disabled, or password reset). */
    public static void endAll(DSLContext tx, long userId) {
        tx.deleteFrom(SESSIONS).where(SESSIONS.USER_ID.eq(userId)).execute();
    }
}
