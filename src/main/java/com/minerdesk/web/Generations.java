package com.minerdesk.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The page cache's current {@link Generation}, and until when the pages of an earlier one may still
 * be served while their page is being rendered again.
 *
 * <p>The bound: no reader gets bytes more than 2 s after the change that made them old. A generation
 * ended by a write may be served for {@link #STALE_MILLIS} after the cache last saw it current; the
 * content version it saw was read at most 1 s before (see {@code ContentVersion}), so the write came
 * after that read and the bytes stop at most 2 s after it. A generation ended by time alone may be
 * served for {@link #STALE_MILLIS} after its boundary.
 */
final class Generations {
    static final long STALE_MILLIS = 1_000;
    private static final long CONFIRM_EVERY_MILLIS = 10;
    private static final long BOUNDARY_RETRY_MILLIS = 1_000;
    private static final int REMEMBERED = 64;

    private final LongSupplier contentVersion;
    private final SourceStamp sources;
    private final Clock clock;
    private final TimeBoundaries boundaries;
    private final Map<Long, Long> staleUntil = new ConcurrentHashMap<>();
    private final ReentrantLock advancing = new ReentrantLock();
    private volatile Generation current;
    private volatile long confirmedAt;

    Generations(LongSupplier contentVersion, SourceStamp sources, Clock clock, TimeBoundaries boundaries) {
        this.contentVersion = contentVersion;
        this.sources = sources;
        this.clock = clock;
        this.boundaries = boundaries;
    }

    Generation current() {
        long now = clock.millis();
        Generation g = current;
        if (g != null && g.holds(contentVersion.getAsLong(), sources.current(), now)) {
            if (now - confirmedAt >= CONFIRM_EVERY_MILLIS) {
                confirmedAt = now;
            }
            return g;
        }
        // another thread is working out the next generation (a query for the next boundary): within
        // the bound, answer from the one before rather than wait for that query
        if (!advancing.tryLock()) {
            if (g != null && now - confirmedAt < STALE_MILLIS) {
                return g;
            }
            advancing.lock();
        }
        try {
            return advance();
        } finally {
            advancing.unlock();
        }
    }

    /** Whether a page of {@code generation} may still answer while its page is rendered again. */
    boolean servableStale(Generation generation, long now) {
        Long until = staleUntil.get(generation.serial());
        return until != null && now < until;
    }

    long now() {
        return clock.millis();
    }

    private Generation advance() {
        // read again under the lock, so that a thread holding older readings cannot move it back
        long now = clock.millis();
        long version = contentVersion.getAsLong();
        long stamp = sources.current();
        Generation g = current;
        if (g != null && (g.holds(version, stamp, now) || version < g.contentVersion())) {
            return g;
        }
        Generation next = new Generation(g == null ? 1 : g.serial() + 1, version, stamp, now, nextBoundary(now));
        if (g != null) {
            staleUntil.put(g.serial(), endOfGrace(g, version, stamp, now));
            staleUntil.remove(g.serial() - REMEMBERED);
        }
        confirmedAt = now;
        current = next;
        return next;
    }

    private long endOfGrace(Generation old, long version, long stamp, long now) {
        if (now < old.validFrom()) {
            return now; // the clock went back (tests move it): nothing older is safe to serve
        }
        long until = Long.MAX_VALUE;
        if (version != old.contentVersion() || stamp != old.sourceStamp()) {
            until = confirmedAt + STALE_MILLIS;
        }
        if (now >= old.changesAt()) {
            until = Math.min(until, old.changesAt() + STALE_MILLIS);
        }
        return until;
    }

    private long nextBoundary(long now) {
        Instant next;
        try {
            next = boundaries.next(Instant.ofEpochMilli(now));
        } catch (RuntimeException e) {
            return now + BOUNDARY_RETRY_MILLIS; // the database is unreachable: ask again soon
        }
        if (next.equals(Instant.MAX)) {
            return Long.MAX_VALUE;
        }
        long millis = next.toEpochMilli();
        return next.getNano() % 1_000_000 == 0 ? millis : millis + 1; // never before the instant itself
    }
}
