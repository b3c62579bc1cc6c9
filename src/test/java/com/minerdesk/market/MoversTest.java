package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for the home page's movers, the {{movers N}} block and the week feed. */
class MoversTest {

    private static CompanyWeek row(String ticker, String change) {
        return new CompanyWeek(ticker, ticker + " Inc.", AiHpcStatus.NONE, null, null, null, null,
                change == null ? null : new BigDecimal(change), null, null, null, null, null, null);
    }

    private static List<String> tickers(List<CompanyWeek> rows) {
        return rows.stream().map(CompanyWeek::ticker).toList();
    }

    @Test
    void aCompanyWithoutAChangeThisWeekIsNotAMover() {
        // the nulls would sort last and so have been the "biggest decliners" on the home page
        List<CompanyWeek> week = List.of(row("AAA", "0.10"), row("NONE1", null), row("BBB", "-0.20"),
                row("CCC", "0.05"), row("NONE2", null), row("DDD", "-0.01"));
        Movers movers = Movers.of(week, 5);
        assertEquals(List.of("AAA", "CCC"), tickers(movers.top()));
        assertEquals(List.of("BBB", "DDD"), tickers(movers.bottom()), "biggest loss first");
        assertTrue((tickers(movers.top()) + "" + tickers(movers.bottom())).indexOf("NONE") < 0);
    }

    @Test
    void asManyOfEachAndNeverTheSameCompanyTwice() {
        List<CompanyWeek> week = List.of(row("AAA", "0.30"), row("BBB", "0.20"), row("CCC", "0.10"),
                row("DDD", "-0.10"), row("EEE", "-0.20"));
        Movers three = Movers.of(week, 3);
        assertEquals(List.of("AAA", "BBB"), tickers(three.top()));
        assertEquals(List.of("EEE", "DDD"), tickers(three.bottom()));
        Movers one = Movers.of(week, 1);
        assertEquals(List.of("AAA"), tickers(one.top()));
        assertEquals(List.of("EEE"), tickers(one.bottom()));
        assertTrue(Movers.of(List.of(row("AAA", "0.10"), row("ZZZ", null)), 5).isEmpty(),
                "one company with a change has nobody to be compared with");
    }

    @Test
    void equalChangesAreInTickerOrderAsInTheMinerTable() {
        List<CompanyWeek> week = List.of(row("BBB", "0.10"), row("AAA", "0.10"), row("CCC", "-0.10"), row("DDD", "-0.10"));
        Movers movers = Movers.of(week, 2);
        assertEquals(List.of("AAA", "BBB"), tickers(movers.top()));
        assertEquals(List.of("DDD", "CCC"), tickers(movers.bottom()));
    }
}
