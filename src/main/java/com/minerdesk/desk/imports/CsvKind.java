package com.minerdesk.desk.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two files the desk imports, each recognised by its exact header (also the export format). A
 * daily-bar file may leave out its last column, {@code market_cap}: the caps are then computed from
 * the shares outstanding. {@code volume_shares} is the number of shares traded.
 */
public enum CsvKind {
    DAILY_BARS("daily_bars", "daily bars",
            List.of("date", "ticker", "open", "high", "low", "close", "volume_shares", "market_cap")),
    SECTOR_METRICS("sector_metrics", "sector metrics",
            List.of("date", "btc_price", "hashrate_ehs", "cash_cost_per_btc", "allin_cost_per_btc"));

    private final String code;
    private final String label;
    private final List<String> header;

    CsvKind(String code, String label, List<String> header) {
        this.code = code;
        this.label = label;
        this.header = header;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<String> header() {
        return header;
    }

    public String headerLine() {
        return String.join(",", header);
    }

    /** The header of a daily-bar file before this app read shares: its volume was dollars traded. */
    static final List<String> DOLLAR_VOLUME_HEADER =
            List.of("date", "ticker", "open", "high", "low", "close", "volume", "market_cap");

    /** The columns of a file with this header: the full header, or a daily-bar header without market_cap. */
    public static Optional<CsvKind> byHeader(List<String> names) {
        return Arrays.stream(values())
                .filter(k -> k.header.equals(names) || k == DAILY_BARS && k.header.subList(0, k.header.size() - 1).equals(names))
                .findFirst();
    }

    /** Whether a daily-bar file with these columns gives its market caps. */
    static boolean hasMarketCap(List<String> names) {
        return names.contains("market_cap");
    }

    public static Optional<CsvKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
