package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.feeds.FeedsFeature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When time alone next changes the site: the earliest boundary ahead of now. */
class TimeBoundariesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theNextDayStartsAtMidnightInTheSitesZoneAcrossADaylightSavingChange() {
        var nextDay = TimeBoundaries.nextDayIn(NEW_YORK);
        // 2 November 2025 has 25 hours in New York
        assertEquals(Instant.parse("2025-11-02T04:00:00Z"), nextDay.nextAfter(Instant.parse("2025-11-01T23:00:00Z")).orElseThrow());
        assertEquals(Instant.parse("2025-11-03T05:00:00Z"), nextDay.nextAfter(Instant.parse("2025-11-02T04:00:00Z")).orElseThrow());
        assertEquals(Instant.parse("2025-11-29T00:00:00Z"),
                TimeBoundaries.nextDayIn(ZoneId.of("UTC")).nextAfter(Instant.parse("2025-11-28T23:59:59.999Z")).orElseThrow());
    }

    @Test
    void aMarketWeekCompletesWhenItsFridayHasEndedInNewYork() {
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"),
                FeedsFeature.nextWeekCompletionAfter(Instant.parse("2025-11-24T14:30:00Z")).orElseThrow());
        assertEquals(Instant.parse("2025-11-29T05:00:00Z"),
                FeedsFeature.nextWeekCompletionAfter(Instant.parse("2025-11-29T04:59:59Z")).orElseThrow());
        assertEquals(Instant.parse("2025-12-06T05:00:00Z"),
                FeedsFeature.nextWeekCompletionAfter(Instant.parse("2025-11-29T05:00:00Z")).orElseThrow());
    }

    @Test
    void theEarliestBoundaryStrictlyAheadWinsAndPastOrMissingOnesAreIgnored() {
        Instant now = Instant.parse("2025-12-01T12:00:00Z");
        Instant publication = Instant.parse("2025-12-01T12:30:00Z");
        TimeBoundaries boundaries = new TimeBoundaries(List.of(
                at -> Optional.of(now),
                at -> Optional.empty(),
                at -> Optional.of(publication),
                TimeBoundaries.nextDayIn(ZoneId.of("UTC"))));
        assertEquals(publication, boundaries.next(now));
        assertEquals(Instant.parse("2025-12-02T00:00:00Z"), boundaries.next(publication));
        assertEquals(Instant.MAX, TimeBoundaries.none().next(now));
    }
}
