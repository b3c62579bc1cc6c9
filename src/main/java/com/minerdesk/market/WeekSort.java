package com.minerdesk.market;

import java.util.Locale;
import java.util.Optional;

/** The whitelisted sort keys of the miner table (`?sort=…&dir=asc|desc`). */
public enum WeekSort {
    TICKER, NAME, OPEN, CLOSE, CHANGE, SHARES, VOLUME, CAP;

    public static Optional<WeekSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(CHANGE);
        }
        for (WeekSort s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Text columns read best A→Z, numbers biggest first. */
    public boolean defaultAscending() {
        return this == TICKER || this == NAME;
    }
}
