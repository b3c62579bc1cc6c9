package com.minerdesk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When time alone next changes what the site shows: the earliest of the instants its sources name
 * (the next scheduled publication, the next market week completing, the next day in the site's
 * time zone). The page cache moves its generation at that instant instead of expiring pages by a
 * step of the clock.
 */
public final class TimeBoundaries {
    /** One kind of change by time: the first instant after {@code now} at which it happens, if any. */
    @FunctionalInterface
    public interface Source {
        Optional<Instant> nextAfter(Instant now);
    }

    private final List<Source> sources;

    public TimeBoundaries(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Nothing changes by time alone. */
    public static TimeBoundaries none() {
        return new TimeBoundaries(List.of());
    }

    /** Midnight of the next day in {@code zone} (dates shown as "today", day-based windows). */
    public static Source nextDayIn(ZoneId zone) {
        return now -> Optional.of(now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The earliest boundary strictly after {@code now}, or {@link Instant#MAX} when there is none. */
    public Instant next(Instant now) {
        Instant next = Instant.MAX;
        for (Source source : sources) {
            Optional<Instant> at = source.nextAfter(now);
            if (at.isPresent() && at.get().isAfter(now) && at.get().isBefore(next)) {
                next = at.get();
            }
        }
        return next;
    }
}
