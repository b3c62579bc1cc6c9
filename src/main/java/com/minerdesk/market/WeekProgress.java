package com.minerdesk.market;

import java.time.LocalDate;
import java.util.List;

/**
 * How far one market week's data has arrived. {@code reportedThrough} is the latest scheduled trading
 * day with any bar (null when the week has none); {@code reported} are the companies with a bar or a
 * not-trading mark on every scheduled day through it on which they were listed, {@code missing} the
 * other companies listed by then. The week is complete when it has reported through its last
 * scheduled day and nobody is missing.
 */
public record WeekProgress(
        LocalDate weekEnd,
        List<LocalDate> scheduledDays,
        LocalDate reportedThrough,
        List<String> reported,
        List<String> missing) {

    public LocalDate lastScheduledDay() {
        return scheduledDays.get(scheduledDays.size() - 1);
    }

    /** The companies listed on a scheduled day through {@code reportedThrough}. */
    public int listed() {
        return reported.size() + missing.size();
    }

    public boolean complete() {
        return reportedThrough != null && reportedThrough.equals(lastScheduledDay()) && missing.isEmpty();
    }
}
