package com.minerdesk.live.factcheck;

/** The data figure a typed figure is compared with, and how the editor is told which one. */
enum Metric {
    CHANGE(""), OPEN(" open"), PREVIOUS_CLOSE(" previous week's close"), CLOSE(" close"), COMPANY_CAP(" market cap"),
    SECTOR_CAP_END("Sector market cap"), SECTOR_CAP_START("Sector market cap at the start of the week"),
    SECTOR_CAP_CHANGE("Sector market cap change"), SECTOR_CAP_CHANGE_USD("Sector market cap change"),
    GAINERS("Gainers"), DECLINERS("Decliners"), COMPANIES("Listed miners"),
    VOLUME_CHANGE("Sector dollar volume change"), VOLUME_FIRST("Sector dollar volume on the first day"),
    VOLUME_LAST("Sector dollar volume on the last day"),
    CASH_COST("Cash cost"), ALLIN_COST("All-in cost"), CASH_MARGIN("Cash margin"), ALLIN_MARGIN("All-in margin"),
    HASHRATE("Hash rate"), BTC_PRICE("BTC price");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    boolean aboutCompany() {
        return this == CHANGE || this == OPEN || this == PREVIOUS_CLOSE || this == CLOSE || this == COMPANY_CAP;
    }

    /** "ABTC", "ABTC close", "Sector market cap". */
    String label(String ticker) {
        return aboutCompany() ? ticker + label : label;
    }
}
