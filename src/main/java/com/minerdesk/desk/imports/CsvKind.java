package com.minerdesk.desk.imports;

import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file the desk imports, recognised by its exact header (also the export format): the two market
 * kinds (daily bars, sector metrics) and one per operating-ledger kind ({@link LedgerKinds}). A
 * daily-bar file may leave out its last column, {@code market_cap}: the caps are then computed from
 * the shares outstanding. {@code volume_shares} is the number of shares traded.
 */
public record CsvKind(String code, String label, List<String> header) {
    public static final CsvKind DAILY_BARS = new CsvKind("daily_bars", "daily bars",
            List.of("date", "ticker", "open", "high", "low", "close", "volume_shares", "market_cap"));
    public static final CsvKind SECTOR_METRICS = new CsvKind("sector_metrics", "sector metrics",
            List.of("date", "btc_price", "hashrate_ehs", "cash_cost_per_btc", "allin_cost_per_btc"));

    public CsvKind {
        header = List.copyOf(header);
    }

    public String headerLine() {
        return String.join(",", header);
    }

    /** Every kind: the market kinds first, then the ledger kinds. */
    public static List<CsvKind> values() {
        List<CsvKind> all = new ArrayList<>(List.of(DAILY_BARS, SECTOR_METRICS));
        LedgerKinds.all().forEach(k -> all.add(k.csv()));
        return List.copyOf(all);
    }

    /** The ledger kind this is, if it is one. */
    public Optional<LedgerKind<?>> ledger() {
        return LedgerKinds.byCode(code);
    }

    /** The header of a daily-bar file before this app read shares: its volume was dollars traded. */
    static final List<String> DOLLAR_VOLUME_HEADER =
            List.of("date", "ticker", "open", "high", "low", "close", "volume", "market_cap");

    /** The columns of a file with this header: the full header, or a daily-bar header without market_cap. */
    public static Optional<CsvKind> byHeader(List<String> names) {
        return values().stream()
                .filter(k -> k.header.equals(names) || k.equals(DAILY_BARS) && k.header.subList(0, k.header.size() - 1).equals(names))
                .findFirst();
    }

    /** Whether a daily-bar file with these columns gives its market caps. */
    static boolean hasMarketCap(List<String> names) {
        return names.contains("market_cap");
    }

    public static Optional<CsvKind> byCode(String code) {
        return values().stream().filter(k -> k.code.equals(code)).findFirst();
    }
}
