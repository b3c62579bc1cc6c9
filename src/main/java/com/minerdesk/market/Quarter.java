package com.minerdesk.market;

import io.javalin.http.BadRequestResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the page size of the weeks archive ({@code /weeks?quarter=2025-Q4}): a week
 * belongs to the quarter of its Friday. A page of at most 14 weeks costs the same with one year of
 * bars or twenty.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern PARAM = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses "2025-Q4" (any letter case); anything else is a 400. */
    public static Quarter parse(String value) {
        Matcher m = PARAM.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new BadRequestResponse("Quarters are written like 2025-Q4.");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first Friday in the quarter: its week is the quarter's first. */
    public LocalDate firstFriday() {
        return firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    public LocalDate lastFriday() {
        return lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** "2025-Q4", as in the address. */
    public String param() {
        return year + "-Q" + number;
    }

    /** "Q4 2025", for readers. */
    public String label() {
        return "Q" + number + " " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
