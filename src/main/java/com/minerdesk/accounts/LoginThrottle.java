package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.LOGIN_FAILURES;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * After 5 failed sign-ins for one account or one client address within 15 minutes, further
 * attempts are refused until the window passes. Failures are stored in the database so that every
 * instance enforces the same limit.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final DSLContext dsl;
    private final Clock clock;

    public LoginThrottle(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Seconds until another attempt is allowed, or empty when one is allowed now. */
    public Optional<Long> retryAfter(String email, String clientIp) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = now.minus(WINDOW);
        long wait = Math.max(waitFor(LOGIN_FAILURES.EMAIL.eq(email), since, now),
                waitFor(LOGIN_FAILURES.CLIENT_IP.eq(clientIp), since, now));
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    private long waitFor(org.jooq.Condition who, OffsetDateTime since, OffsetDateTime now) {
        var recent = dsl.select(LOGIN_FAILURES.FAILED_AT).from(LOGIN_FAILURES)
                .where(who).and(LOGIN_FAILURES.FAILED_AT.gt(since))
                .orderBy(LOGIN_FAILURES.FAILED_AT.desc())
                .limit(MAX_FAILURES)
                .fetch(LOGIN_FAILURES.FAILED_AT);
        if (recent.size() < MAX_FAILURES) {
            return 0;
        }
        // the oldest of the last five must leave the window before another try
        OffsetDateTime oldest = recent.get(recent.size() - 1);
        long seconds = (Duration.between(now, oldest.plus(WINDOW)).toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    public void recordFailure(DSLContext tx, String email, String clientIp) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.insertInto(LOGIN_FAILURES)
                .set(LOGIN_FAILURES.EMAIL, email.length() > 254 ? email.substring(0, 254) : email)
                .set(LOGIN_FAILURES.CLIENT_IP, clientIp)
                .set(LOGIN_FAILURES.FAILED_AT, now)
                .execute();
        tx.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.FAILED_AT.lt(now.minus(WINDOW.multipliedBy(4)))).execute();
    }

}
