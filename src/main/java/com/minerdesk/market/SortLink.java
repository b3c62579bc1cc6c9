package com.minerdesk.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A column header of the miner table: a plain link that sorts by it, and its current state. */
public record SortLink(String key, String label, String title, boolean numeric, String href, String ariaSort) {

    public static List<SortLink> columns(LocalDate weekEnd, WeekSort current, boolean ascending) {
        List<SortLink> links = new ArrayList<>();
        String[][] defs = {
            {"ticker", "Ticker", "Ticker"}, {"name", "Company", "Company name"},
            {"open", "Open", "The week's first open"}, {"close", "Close", "The week's last close"},
            {"change", "Change", "Last close over the previous market week's last close"},
            {"shares", "Shares", "Shares traded over the week"},
            {"volume", "Dollar volume", "Each day's close × shares traded, summed over the week"},
            {"cap", "Market cap", "At the week's last close: imported, or (†) close × shares outstanding"}};
        for (String[] d : defs) {
            WeekSort s = WeekSort.parse(d[0]).orElseThrow();
            boolean active = s == current;
            boolean nextAscending = active ? !ascending : s.defaultAscending();
            String href = MarketPaths.week(weekEnd) + "?sort=" + s.param() + "&dir=" + (nextAscending ? "asc" : "desc");
            String aria = active ? (ascending ? "ascending" : "descending") : null;
            links.add(new SortLink(s.param(), d[1], d[2], s != WeekSort.TICKER && s != WeekSort.NAME, href, aria));
        }
        return links;
    }
}
