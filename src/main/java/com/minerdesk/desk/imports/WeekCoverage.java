package com.minerdesk.desk.imports;

import com.minerdesk.web.Fmt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Whether every listed company has a bar on each trading date of one market week. The caller names
 * the week's dates (its scheduled trading days on the exchange calendar), so that the rule for which days a
 * week has stays out of here.
 */
final class WeekCoverage {
    private final LocalDate weekEnd;
    private final List<DateCoverage> days = new ArrayList<>();

    /** @param present the tickers with a bar, by date (dates without bars may be absent) */
    WeekCoverage(List<LocalDate> tradingDates, SortedSet<String> listed, Map<LocalDate, Set<String>> present) {
        this.weekEnd = tradingDates.get(tradingDates.size() - 1);
        for (LocalDate d : tradingDates) {
            days.add(of(d, listed, present.getOrDefault(d, Set.of())));
        }
    }

    static DateCoverage of(LocalDate date, SortedSet<String> listed, Set<String> present) {
        List<String> missing = listed.stream().filter(t -> !present.contains(t)).toList();
        return new DateCoverage(date, listed.size() - missing.size(), listed.size(), missing);
    }

    LocalDate weekEnd() {
        return weekEnd;
    }

    List<DateCoverage> days() {
        return days;
    }

    boolean complete() {
        return days.stream().allMatch(DateCoverage::complete);
    }

    /** In words, what keeps the week incomplete; empty when it is complete. */
    Optional<String> warning(Fmt fmt) {
        if (complete()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (DateCoverage d : days) {
            if (d.covered() == 0 && d.listed() > 0) {
                empty.add(fmt.weekday(d.date()));
            } else if (!d.complete()) {
                parts.add(fmt.weekday(d.date()) + " has bars for " + d.covered() + " of " + d.listed()
                        + " companies (missing: " + String.join(", ", d.missing()) + ")");
            }
        }
        if (!empty.isEmpty()) {
            parts.add((empty.size() == 1 ? empty.get(0) + " has" : String.join(", ", empty) + " have")
                    + " no bar of any company (not imported yet)");
        }
        return Optional.of("The week ending " + fmt.weekday(weekEnd) + " would be incomplete: " + String.join("; ", parts) + ".");
    }
}
