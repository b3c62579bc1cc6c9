package com.minerdesk.market;

import java.time.LocalDate;

/** The addresses of the market pages, built in one place (templates write the same with {@code @{…}}). */
public final class MarketPaths {
    private MarketPaths() {
    }

    /** {@code /companies/ABTC}; its feeds and CSV add their file name to it. */
    public static String company(String ticker) {
        return "/companies/" + ticker;
    }

    public static String companyCsv(String ticker) {
        return company(ticker) + ".csv";
    }

    /** {@code /weeks/2025-11-28}, named by the week's last trading day. */
    public static String week(LocalDate weekEnd) {
        return "/weeks/" + weekEnd;
    }

    public static String weekCsv(LocalDate weekEnd) {
        return week(weekEnd) + ".csv";
    }
}
