package com.minerdesk.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Weekdays of the given number of market weeks ending with the week of {@code lastFriday}, without
 * a few US market holidays (New Year's Day, Independence Day, Thanksgiving, Christmas) so that some
 * weeks have four trading days, as real ones do.
 */
final class TradingCalendar {
    private TradingCalendar() {
    }

    static List<LocalDate> tradingDays(LocalDate lastFriday, int weeks) {
        LocalDate monday = monday(lastFriday).minusWeeks(weeks - 1L);
        List<LocalDate> days = new ArrayList<>(weeks * 5);
        for (LocalDate d = monday; !d.isAfter(lastFriday); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The last trading day of each market week in {@code days} (which are in order). */
    static List<LocalDate> weekEnds(List<LocalDate> days) {
        List<LocalDate> ends = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (i == days.size() - 1 || !monday(days.get(i + 1)).equals(monday(days.get(i)))) {
                ends.add(days.get(i));
            }
        }
        return ends;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static boolean isHoliday(LocalDate d) {
        return d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1
                || d.getMonth() == Month.JULY && d.getDayOfMonth() == 4
                || d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25
                || d.equals(thanksgiving(d.getYear()));
    }

    static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
}
