package com.minerdesk.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A market week runs Monday to Friday and is named by the date of its last trading day.
 * Weeks are numbered from the Monday 1970-01-05 so that SQL can group bars by week.
 */
public final class MarketWeek {
    static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    private MarketWeek() {
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate friday(LocalDate day) {
        return monday(day).plusDays(4);
    }

    /**
     * The Monday that starts the last {@code weeks} market weeks up to {@code day}. A huge count
     * (every week) stops a century back, which both databases can still represent.
     */
    static LocalDate mondayWeeksBack(LocalDate day, int weeks) {
        return monday(day).minusWeeks(Math.min(Math.max(weeks, 1) - 1L, 100L * 53));
    }

    public static int number(LocalDate day) {
        return (int) Math.floorDiv(day.toEpochDay() - EPOCH_MONDAY.toEpochDay(), 7);
    }

    public static LocalDate mondayOf(int weekNumber) {
        return EPOCH_MONDAY.plusWeeks(weekNumber);
    }

    /** The week number of a date column, computed by the database. */
    static Field<Integer> numberOf(Field<LocalDate> day) {
        return DSL.localDateDiff(day, DSL.inline(EPOCH_MONDAY)).div(DSL.inline(7));
    }
}
