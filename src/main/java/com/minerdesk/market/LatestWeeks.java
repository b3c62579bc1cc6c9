package com.minerdesk.market;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The newest complete week and the progress of the newest week with bars (the same week when it is
 * complete), read together so that a page showing both costs one round of queries.
 */
public record LatestWeeks(Optional<LocalDate> complete, Optional<WeekProgress> newest) {
    static final LatestWeeks NONE = new LatestWeeks(Optional.empty(), Optional.empty());

    /** The week a page shows as "the latest": the newest complete one, or while none is complete the newest with bars. */
    public Optional<LocalDate> shown() {
        return complete.or(() -> newest.map(WeekProgress::weekEnd));
    }

    /** The newest week while it is not complete: newer than the complete one, or the shown one while none is complete. */
    public Optional<WeekProgress> inProgress() {
        return newest.filter(p -> !p.complete());
    }
}
