package com.minerdesk.fetch;

import com.minerdesk.app.Command;
import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.filings.EdgarFetch;
import com.minerdesk.market.Tickers;
import com.minerdesk.prices.PricesFetch;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code fetch edgar|prices [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--tickers A,B]}: one run of a
 * source, with a progress line per company and a summary. Exits with an error (after logging the
 * run) when the source could not be read at all.
 */
public final class FetchCommand {
    static final String USAGE = "Usage: fetch edgar|prices [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--tickers A,B] "
            + "(network data is imported as CSV on the data desk)";

    private FetchCommand() {
    }

    record Options(Set<String> tickers, LocalDate from, LocalDate to) {
    }

    public static void run(Config config, String[] args, PrintStream out) {
        if (args.length == 0 || !(args[0].equals("edgar") || args[0].equals("prices"))) {
            throw new IllegalArgumentException(USAGE);
        }
        Options options = options(Arrays.copyOfRange(args, 1, args.length), LocalDate.now(FetchSchedule.MARKET_ZONE));
        String problem = args[0].equals("edgar") ? config.edgar().problem() : config.prices().problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        try (Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            FetchSummary s = args[0].equals("edgar")
                    ? new EdgarFetch(db, config.edgar(), Clock.systemUTC()).run(options.tickers(), out)
                    : new PricesFetch(db, config.prices(), Clock.systemUTC()).run(options.tickers(), options.from(), options.to(), out);
            s.problems().forEach(p -> out.println("  problem: " + p));
            out.println(s.line());
            if (s.failed()) {
                throw new Command.Failed(s.source() + ": the source could not be read (" + s.problems().get(0) + ")");
            }
        }
    }

    /** The options; without dates, the last seven days up to {@code today}. */
    static Options options(String[] options, LocalDate today) {
        Set<String> tickers = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (int i = 0; i < options.length; i++) {
            String name = options[i];
            if (i + 1 >= options.length || !Set.of("--tickers", "--from", "--to").contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "'. " + USAGE);
            }
            String value = options[++i];
            switch (name) {
                case "--from" -> from = date(value);
                case "--to" -> to = date(value);
                default -> {
                    for (String t : value.split(",")) {
                        String ticker = t.trim().toUpperCase(Locale.ROOT);
                        if (!Tickers.valid(ticker)) {
                            throw new IllegalArgumentException("'" + t.trim() + "' is not a ticker.");
                        }
                        tickers.add(ticker);
                    }
                }
            }
        }
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(7) : from;
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("--from " + start + " is after --to " + end + ".");
        }
        return new Options(tickers, start, end);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date such as 2025-12-01.");
        }
    }
}
