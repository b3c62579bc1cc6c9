package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.AUDIT_LOG;
import static com.minerdesk.db.generated.Tables.LOGIN_FAILURES;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Failed sign-ins within 15 minutes: at most 5 from one client address (whatever e-mails it
 * tries), and at most 50 for one account from addresses it has not signed in from in the last 30
 * days. So guessing from one address stops after five tries, a spread-out attack on one account
 * stops at fifty, and the owner still signs in from their usual address while it runs.
 *
 * <p>An attempt is reserved (its row inserted and committed) before the password is checked and
 * released when the password was right, so concurrent guesses cannot all pass the check before any
 * of them is counted. The rows are not content: they are written directly, not through
 * {@code Database.write}, so they never invalidate page caches. Stored in the database so that
 * every instance enforces the same limit.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES_PER_ADDRESS = 5;
    static final int MAX_FAILURES_PER_ACCOUNT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration KNOWN_ADDRESS = Duration.ofDays(30);
    /** What is stored for an e-mail that has no account: never the typed text, which may be a password. */
    static final String UNKNOWN_EMAIL = "(unknown)";
    private final DSLContext dsl;
    private final Clock clock;

    /** A reserved attempt: {@code retryAfter} is set when it was refused (and then nothing is reserved). */
    public record Attempt(long id, Optional<Long> retryAfter) {
    }

    public LoginThrottle(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Reserves an attempt for an account's e-mail (or {@link #UNKNOWN_EMAIL}) from an address; refused
     * when the failures already recorded, this one not counted, reach a limit.
     */
    public Attempt reserve(String accountEmail, String clientIp) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = dsl.insertInto(LOGIN_FAILURES)
                .set(LOGIN_FAILURES.EMAIL, accountEmail)
                .set(LOGIN_FAILURES.CLIENT_IP, clientIp)
                .set(LOGIN_FAILURES.FAILED_AT, now)
                .returning(LOGIN_FAILURES.ID)
                .fetchOne(LOGIN_FAILURES.ID);
        OffsetDateTime since = now.minus(WINDOW);
        long wait = waitFor(LOGIN_FAILURES.CLIENT_IP.eq(clientIp), MAX_FAILURES_PER_ADDRESS, id, since, now);
        if (!accountEmail.equals(UNKNOWN_EMAIL) && !knownAddress(accountEmail, clientIp, now)) {
            wait = Math.max(wait, waitFor(LOGIN_FAILURES.EMAIL.eq(accountEmail), MAX_FAILURES_PER_ACCOUNT, id, since, now));
        }
        if (wait > 0) {
            release(id);
            return new Attempt(id, Optional.of(wait));
        }
        return new Attempt(id, Optional.empty());
    }

    /** The password was right: the attempt is not a failure. */
    public void release(long attemptId) {
        dsl.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.ID.eq(attemptId)).execute();
    }

    /** The attempt stays recorded as a failure; rows far outside the window are dropped. */
    public void keepAsFailure() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.FAILED_AT.lt(now.minus(WINDOW.multipliedBy(4)))).execute();
    }

    private long waitFor(Condition who, int max, long ownId, OffsetDateTime since, OffsetDateTime now) {
        var recent = dsl.select(LOGIN_FAILURES.FAILED_AT).from(LOGIN_FAILURES)
                .where(who).and(LOGIN_FAILURES.FAILED_AT.gt(since)).and(LOGIN_FAILURES.ID.ne(ownId))
                .orderBy(LOGIN_FAILURES.FAILED_AT.desc())
                .limit(max)
                .fetch(LOGIN_FAILURES.FAILED_AT);
        if (recent.size() < max) {
            return 0;
        }
        // the oldest of the last failures must leave the window before another try
        OffsetDateTime oldest = recent.get(recent.size() - 1);
        long seconds = (Duration.between(now, oldest.plus(WINDOW)).toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    private boolean knownAddress(String accountEmail, String clientIp, OffsetDateTime now) {
        return dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("sign-in").and(AUDIT_LOG.SUBJECT.eq(accountEmail))
                .and(AUDIT_LOG.CLIENT_IP.eq(clientIp)).and(AUDIT_LOG.AT.gt(now.minus(KNOWN_ADDRESS))));
    }
}
