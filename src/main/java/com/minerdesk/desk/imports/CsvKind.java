package com.minerdesk.desk.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The two files the desk imports, each recognised by its exact header (also the export format). */
public enum CsvKind {
    DAILY_BARS("daily_bars", "daily bars",
            List.of("date", "ticker", "open", "high", "low", "close", "volume", "market_cap")),
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

    public static Optional<CsvKind> byHeader(List<String> names) {
        return Arrays.stream(values()).filter(k -> k.header.equals(names)).findFirst();
    }

    public static Optional<CsvKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
