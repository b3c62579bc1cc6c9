package com.minerdesk.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A column header of the miner table: a plain link that sorts by it, and its current state. */
public record SortLink(String key, String label, boolean numeric, String href, String ariaSort) {

    public static List<SortLink> columns(LocalDate weekEnd, WeekSort current, boolean ascending) {
        List<SortLink> links = new ArrayList<>();
        String[][] defs = {
            {"ticker", "Ticker"}, {"name", "Company"}, {"open", "Open"}, {"close", "Close"},
            {"change", "Change"}, {"volume", "Volume"}, {"cap", "Market cap"}};
        for (String[] d : defs) {
            WeekSort s = WeekSort.parse(d[0]).orElseThrow();
            boolean active = s == current;
            boolean nextAscending = active ? !ascending : s.defaultAscending();
            String href = MarketPaths.week(weekEnd) + "?sort=" + s.param() + "&dir=" + (nextAscending ? "asc" : "desc");
            String aria = active ? (ascending ? "ascending" : "descending") : null;
            links.add(new SortLink(s.param(), d[1], s != WeekSort.TICKER && s != WeekSort.NAME, href, aria));
        }
        return links;
    }
}
