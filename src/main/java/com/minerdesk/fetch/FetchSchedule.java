package com.minerdesk.fetch;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * When each source runs by itself: {@code FETCH_SCHEDULE=edgar@21:30} (comma-separated, times in
 * New York, after the US close). Empty: nothing runs by itself (the default, and the demo's).
 */
public record FetchSchedule(Map<String, LocalTime> times) {
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    public static final Set<String> SOURCES = Set.of("edgar", "prices");
    public static final FetchSchedule OFF = new FetchSchedule(Map.of());

    public FetchSchedule {
        times = Map.copyOf(times);
    }

    /** The schedule written in {@code value}; the message of the exception says what is wrong. */
    public static FetchSchedule parse(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("off")) {
            return OFF;
        }
        Map<String, LocalTime> times = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String[] sourceAt = part.trim().split("@", -1);
            if (sourceAt.length != 2 || !SOURCES.contains(sourceAt[0].trim())) {
                throw new IllegalArgumentException("FETCH_SCHEDULE is source@hh:mm[,source@hh:mm] with source one of "
                        + String.join(", ", SOURCES) + ", e.g. edgar@21:30 (New York time); got '" + part.trim() + "'");
            }
            try {
                times.put(sourceAt[0].trim(), LocalTime.parse(sourceAt[1].trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("FETCH_SCHEDULE: '" + sourceAt[1].trim() + "' is not a time such as 21:30");
            }
        }
        return new FetchSchedule(times);
    }

    public boolean off() {
        return times.isEmpty();
    }
}
