package com.minerdesk.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.web.Fmt;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The completeness of one market week over the dates its caller names. */
class WeekCoverageTest {
    static final Fmt FMT = new Fmt(ZoneOffset.UTC);
    static final TreeSet<String> LISTED = new TreeSet<>(List.of("ABTC", "APLD", "CORZ"));
    static final LocalDate MON = LocalDate.of(2025, 12, 1);

    @Test
    void aWeekIsCompleteWhenEveryListedCompanyHasABarOnEachOfItsDates() {
        List<LocalDate> dates = List.of(MON, MON.plusDays(1));
        WeekCoverage week = new WeekCoverage(dates, LISTED, Map.of(MON, LISTED, MON.plusDays(1), LISTED));
        assertTrue(week.complete());
        assertEquals(Optional.empty(), week.warning(FMT));
        assertEquals(MON.plusDays(1), week.weekEnd(), "the last of the dates it was given");
    }

    @Test
    void theWarningNamesTheMissingCompaniesAndTheDatesWithoutBars() {
        WeekCoverage week = new WeekCoverage(CoverageCheck.tradingDays(MON), LISTED, Map.of(MON, Set.of("ABTC")));
        assertFalse(week.complete());
        assertEquals(List.of("1 of 3", "0 of 3", "0 of 3", "0 of 3", "0 of 3"),
                week.days().stream().map(d -> d.covered() + " of " + d.listed()).toList());
        assertEquals(List.of("APLD", "CORZ"), week.days().get(0).missing());
        assertEquals("The week ending Fri 5 Dec 2025 would be incomplete: Mon 1 Dec 2025 has bars for 1 of 3 companies"
                + " (missing: APLD, CORZ); Tue 2 Dec 2025, Wed 3 Dec 2025, Thu 4 Dec 2025, Fri 5 Dec 2025 have no bar"
                + " of any company (not imported yet).", week.warning(FMT).orElseThrow());
    }

    @Test
    void aShorterWeekEndsOnTheLastDateItWasGiven() {
        List<LocalDate> holidayWeek = List.of(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3));
        WeekCoverage week = new WeekCoverage(holidayWeek, LISTED,
                Map.of(MON, LISTED, MON.plusDays(1), LISTED, MON.plusDays(2), LISTED, MON.plusDays(3), Set.of("CORZ")));
        assertEquals("The week ending Thu 4 Dec 2025 would be incomplete: Thu 4 Dec 2025 has bars for 1 of 3 companies"
                + " (missing: ABTC, APLD).", week.warning(FMT).orElseThrow());
    }
}
