package com.minerdesk.fetch;

import com.minerdesk.app.Command;
import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.filings.EdgarFetch;
import com.minerdesk.filings.EdgarSettings;
import com.minerdesk.market.Tickers;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code fetch edgar [--tickers A,B]}: one run of a source, with a line per company and a summary.
 * Exits with an error (after logging the run) when the source could not be read at all.
 */
public final class FetchCommand {
    private FetchCommand() {
    }

    public static void run(Config config, String[] args, PrintStream out) {
        if (args.length == 0 || !args[0].equals("edgar")) {
            throw new IllegalArgumentException("Usage: fetch edgar [--tickers A,B]. This version fetches SEC EDGAR "
                    + "filings; daily prices and network data are imported as CSV on the data desk.");
        }
        Set<String> tickers = tickers(Arrays.copyOfRange(args, 1, args.length));
        EdgarSettings settings = config.edgar();
        if (settings.problem() != null) {
            throw new IllegalArgumentException(settings.problem());
        }
        try (Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            FetchSummary s = new EdgarFetch(db, settings, Clock.systemUTC()).run(tickers, out);
            s.problems().forEach(p -> out.println("  problem: " + p));
            out.println(s.line());
            if (s.failed()) {
                throw new Command.Failed("edgar: the source could not be read (" + s.problems().get(0) + ")");
            }
        }
    }

    static Set<String> tickers(String[] options) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < options.length; i++) {
            if (!options[i].equals("--tickers") || i + 1 >= options.length) {
                throw new IllegalArgumentException("Unknown option '" + options[i] + "'. Usage: fetch edgar [--tickers A,B]");
            }
            for (String t : options[++i].split(",")) {
                String ticker = t.trim().toUpperCase(Locale.ROOT);
                if (!Tickers.valid(ticker)) {
                    throw new IllegalArgumentException("'" + t.trim() + "' is not a ticker.");
                }
                out.add(ticker);
            }
        }
        return out;
    }
}
