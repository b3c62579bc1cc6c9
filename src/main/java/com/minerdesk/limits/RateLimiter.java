package com.minerdesk.limits;

import static com.minerdesk.db.generated.Tables.RATE_LIMIT_WINDOWS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * At most {@code limit} requests per client in each fixed window, counted in the database so that
 * every instance enforces one shared limit. The counter is not content: it is written directly,
 * not through {@code Database.write}, so it never invalidates page caches.
 */
public final class RateLimiter {
    private static final Duration KEEP = Duration.ofHours(1);
    private final DSLContext dsl;
    private final Clock clock;
    private final String bucket;
    private final int limit;
    private final Duration window;

    public RateLimiter(DSLContext dsl, Clock clock, String bucket, int limit, Duration window) {
        this.dsl = dsl;
        this.clock = clock;
        this.bucket = bucket;
        this.limit = limit;
        this.window = window;
    }

    /** Counts one request; empty when it is allowed, else the seconds until the next window. */
    public OptionalLong hit(String clientIp) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        OffsetDateTime windowStart = start.atOffset(ZoneOffset.UTC);
        String client = clientIp.length() > 64 ? clientIp.substring(0, 64) : clientIp;
        int hits;
        try {
            hits = count(client, windowStart);
        } catch (IntegrityConstraintViolationException anotherInstanceInsertedFirst) {
            hits = count(client, windowStart);
        }
        if (hits <= limit) {
            return OptionalLong.empty();
        }
        long millisLeft = start.plus(window).toEpochMilli() - now.toEpochMilli();
        return OptionalLong.of(Math.max(1, (millisLeft + 999) / 1000));
    }

    private int count(String client, OffsetDateTime windowStart) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(RATE_LIMIT_WINDOWS)
                    .set(RATE_LIMIT_WINDOWS.HITS, RATE_LIMIT_WINDOWS.HITS.plus(1))
                    .where(RATE_LIMIT_WINDOWS.BUCKET.eq(bucket))
                    .and(RATE_LIMIT_WINDOWS.CLIENT_IP.eq(client))
                    .and(RATE_LIMIT_WINDOWS.WINDOW_START.eq(windowStart))
                    .execute();
            if (updated == 0) {
                tx.deleteFrom(RATE_LIMIT_WINDOWS).where(RATE_LIMIT_WINDOWS.BUCKET.eq(bucket))
                        .and(RATE_LIMIT_WINDOWS.WINDOW_START.lt(windowStart.minus(KEEP))).execute();
                tx.insertInto(RATE_LIMIT_WINDOWS)
                        .set(RATE_LIMIT_WINDOWS.BUCKET, bucket)
                        .set(RATE_LIMIT_WINDOWS.CLIENT_IP, client)
                        .set(RATE_LIMIT_WINDOWS.WINDOW_START, windowStart)
                        .set(RATE_LIMIT_WINDOWS.HITS, 1)
                        .execute();
                return 1;
            }
            return tx.select(RATE_LIMIT_WINDOWS.HITS).from(RATE_LIMIT_WINDOWS)
                    .where(RATE_LIMIT_WINDOWS.BUCKET.eq(bucket))
                    .and(RATE_LIMIT_WINDOWS.CLIENT_IP.eq(client))
                    .and(RATE_LIMIT_WINDOWS.WINDOW_START.eq(windowStart))
                    .fetchOne(RATE_LIMIT_WINDOWS.HITS);
        });
    }
}
