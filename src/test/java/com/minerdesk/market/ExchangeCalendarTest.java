package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The exchange calendar as shipped, against NYSE's holiday rules and the cases that catch them out. */
class ExchangeCalendarTest {
    static final ExchangeCalendar US = ExchangeCalendar.us();

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void thanksgivingWeek2025HasFourScheduledDaysAndIsNamedByItsFriday() {
        assertEquals(List.of(d(2025, 11, 24), d(2025, 11, 25), d(2025, 11, 26), d(2025, 11, 28)), US.scheduledDays(d(2025, 11, 27)));
        for (int day = 24; day <= 30; day++) {
            assertEquals(d(2025, 11, 28), US.weekName(d(2025, 11, day)), "any day of the week, weekend included: " + day);
        }
        assertEquals("Thanksgiving Day", US.closure(d(2025, 11, 27)).orElseThrow().name());
    }

    @Test
    void goodFridayMakesTheThursdayTheWeekName() {
        assertEquals(d(2025, 4, 17), US.weekName(d(2025, 4, 14)));
        assertEquals(d(2024, 3, 28), US.weekName(d(2024, 3, 29)));
        assertEquals(d(2019, 4, 18), US.weekName(d(2019, 4, 19)));
        assertFalse(US.isTradingDay(d(2025, 4, 18)));
    }

    @Test
    void aSaturdayHolidayClosesTheFridayBeforeAndASundayOneTheMondayAfter() {
        assertFalse(US.isTradingDay(d(2026, 7, 3)), "Independence Day 2026 is a Saturday");
        assertEquals(d(2026, 7, 2), US.weekName(d(2026, 7, 1)));
        assertFalse(US.isTradingDay(d(2021, 12, 24)), "Christmas 2021 is a Saturday");
        assertFalse(US.isTradingDay(d(2022, 12, 26)), "Christmas 2022 is a Sunday");
        assertFalse(US.isTradingDay(d(2023, 1, 2)), "New Year's Day 2023 is a Sunday");
        assertTrue(US.isTradingDay(d(2021, 12, 31)), "New Year's Day 2022 is a Saturday: no Friday closure (NYSE Rule 7.2)");
        assertFalse(US.isTradingDay(d(2027, 6, 18)), "Juneteenth 2027 is a Saturday");
    }

    @Test
    void juneteenthIsAHolidayFrom2022() {
        assertTrue(US.isTradingDay(d(2021, 6, 18)), "Juneteenth 2021 (a Saturday) was not yet an exchange holiday");
        assertFalse(US.isTradingDay(d(2022, 6, 20)), "observed on the Monday after Sunday 19 June 2022");
        assertFalse(US.isTradingDay(d(2023, 6, 19)));
        assertFalse(US.isTradingDay(d(2025, 6, 19)));
    }

    @Test
    void specialClosuresAreListedAsPublished() {
        assertTrue(US.closure(d(2018, 12, 5)).orElseThrow().name().contains("George H. W. Bush"));
        assertTrue(US.closure(d(2025, 1, 9)).orElseThrow().name().contains("Jimmy Carter"));
        assertEquals(List.of(d(2025, 1, 6), d(2025, 1, 7), d(2025, 1, 8), d(2025, 1, 10)), US.scheduledDays(d(2025, 1, 9)));
        assertFalse(US.closure(d(2025, 1, 9)).orElseThrow().projected());
    }

    @Test
    void yearsNotYetPublishedAreMarkedProjected() {
        assertTrue(US.closure(d(2030, 12, 25)).orElseThrow().projected());
        assertFalse(US.closure(d(2027, 12, 24)).orElseThrow().projected());
    }

    @Test
    void everyRegularHolidayFrom2015To2030FollowsTheRulesAndNothingElseIsClosed() {
        Set<LocalDate> special = Set.of(d(2018, 12, 5), d(2025, 1, 9));
        TreeSet<LocalDate> expected = new TreeSet<>();
        for (int y = 2015; y <= 2030; y++) {
            expected.addAll(Rules.holidays(y));
        }
        TreeSet<LocalDate> shipped = new TreeSet<>();
        for (LocalDate day = d(2015, 1, 1); !day.isAfter(d(2030, 12, 31)); day = day.plusDays(1)) {
            if (US.closure(day).isPresent() && !special.contains(day)) {
                shipped.add(day);
            }
        }
        assertEquals(expected, shipped);
        assertTrue(US.isTradingDay(d(2031, 12, 25)), "after the file: every weekday trades");
        assertFalse(US.isTradingDay(d(2025, 11, 29)), "a Saturday");
    }

    @Test
    void aBadLineInTheFileStopsLoading() {
        String text = "# comment\ndate,name,status\n2025-12-25,Christmas Day,guessed\n";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ExchangeCalendar.parse(new BufferedReader(new StringReader(text))));
        assertTrue(e.getMessage().contains("2025-12-25,Christmas Day,guessed"), e.getMessage());
    }

    /** NYSE's holiday rules, written independently of the shipped file. */
    static final class Rules {
        static List<LocalDate> holidays(int y) {
            List<LocalDate> out = new ArrayList<>();
            LocalDate newYear = d(y, 1, 1);
            if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
                out.add(observed(newYear));
            }
            out.add(nth(y, 1, 3));
            out.add(nth(y, 2, 3));
            out.add(easter(y).minusDays(2));
            out.add(d(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (y >= 2022) {
                out.add(observed(d(y, 6, 19)));
            }
            out.add(observed(d(y, 7, 4)));
            out.add(nth(y, 9, 1));
            out.add(d(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            out.add(observed(d(y, 12, 25)));
            return out;
        }

        static LocalDate nth(int y, int month, int n) {
            return d(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
        }

        static LocalDate observed(LocalDate day) {
            return switch (day.getDayOfWeek()) {
                case SATURDAY -> day.minusDays(1);
                case SUNDAY -> day.plusDays(1);
                default -> day;
            };
        }

        /** Easter Sunday, Gregorian (the anonymous algorithm of Meeus). */
        static LocalDate easter(int y) {
            int a = y % 19;
            int b = y / 100;
            int c = y % 100;
            int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
            int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            return d(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
        }
    }
}
