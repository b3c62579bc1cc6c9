package com.minerdesk.prices;

import com.minerdesk.db.Database;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportProblem;
import com.minerdesk.desk.imports.ImportResult;
import com.minerdesk.desk.imports.Importer;
import com.minerdesk.desk.imports.ParsedFile;
import com.minerdesk.fetch.FetchException;
import com.minerdesk.fetch.FetchLog;
import com.minerdesk.fetch.FetchSummary;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.web.Fmt;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of the daily-price source: every tracked company's bars for the date range from the
 * provider, written as a daily-bar file in the import format and imported like an editor's upload,
 * so the same line checks, jump warnings, import log and rollback apply (one run, one log entry).
 * Lines the checks refuse are left out and reported; a day the provider has no bar for stays
 * without one; market cap is left to the shares outstanding in force.
 */
public final class PricesFetch {
    static final Duration PACE = Duration.ofMillis(100);
    private final Database db;
    private final PriceProvider provider;
    private final Importer importer;
    private final FetchLog log;

    public PricesFetch(Database db, PricesSettings settings, Clock clock) {
        this(db, settings, clock, PACE, Duration.ofSeconds(60));
    }

    PricesFetch(Database db, PricesSettings settings, Clock clock, Duration pace, Duration maxWait) {
        if (settings.problem() != null) {
            throw new IllegalArgumentException(settings.problem());
        }
        this.db = db;
        this.provider = settings.provider().equals("tiingo") ? new TiingoProvider(settings, pace, maxWait)
                : new MassiveProvider(settings, pace, maxWait);
        this.importer = new Importer(db, new Fmt(ZoneOffset.UTC), clock);
        this.log = new FetchLog(db, clock);
    }

    public FetchSummary run(Set<String> tickers, LocalDate from, LocalDate to, PrintStream progress) {
        long runId = log.started("prices");
        FetchSummary summary = fetch(tickers, from, to, progress);
        log.finished(runId, summary);
        return summary;
    }

    private FetchSummary fetch(Set<String> tickers, LocalDate from, LocalDate to, PrintStream progress) {
        List<Company> companies = new CompanyQueries(db.dsl()).all().stream()
                .filter(c -> tickers.isEmpty() || tickers.contains(c.ticker())).toList();
        List<String> problems = new ArrayList<>();
        tickers.stream().filter(t -> companies.stream().noneMatch(c -> c.ticker().equals(t)))
                .forEach(t -> problems.add(t + ": not a tracked company"));
        List<String> lines = new ArrayList<>();
        int answered = 0;
        for (Company c : companies) {
            try {
                List<ProviderBar> bars = provider.bars(c.ticker(), from, to);
                answered++;
                bars.stream().filter(ProviderBar::split).forEach(b -> problems.add(c.ticker() + " " + b.date() + ": split "
                        + b.splitFactor().stripTrailingZeros().toPlainString() + " for 1; earlier bars stay as traded"));
                bars.forEach(b -> lines.add(line(c.ticker(), b)));
                progress.printf("prices %s %s: %d bars%n", provider.name(), c.ticker(), bars.size());
            } catch (FetchException e) {
                problems.add(e.getMessage());
            }
        }
        if (answered == 0 && !companies.isEmpty()) {
            return new FetchSummary("prices", 0, 0, 0, 0, problems, true);
        }
        return importLines(lines, from, to, problems);
    }

    private FetchSummary importLines(List<String> lines, LocalDate from, LocalDate to, List<String> problems) {
        ParsedFile file = read(lines);
        int refused = 0;
        if (!file.valid()) {
            // leave the refused lines out (line 1 is the header) and import the rest
            Set<Integer> bad = file.errors().listed().stream().map(ImportProblem::line).collect(Collectors.toCollection(HashSet::new));
            file.errors().listed().forEach(p -> problems.add("refused " + lines.get(p.line() - 2) + ": " + p.message()));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!bad.contains(i + 2)) {
                    kept.add(lines.get(i));
                }
            }
            refused = lines.size() - kept.size();
            file = read(kept);
            if (!file.valid()) {
                problems.add("the file could not be imported: " + file.errors().count() + " errors");
                return new FetchSummary("prices", lines.size(), 0, 0, lines.size(), problems, false);
            }
        }
        if (file.dataLines() == 0) {
            return new FetchSummary("prices", lines.size(), 0, 0, refused, problems, false);
        }
        ImportResult r = importer.commit(file, "fetch prices " + provider.name() + " " + from + " to " + to,
                new ImportActor(null, "fetch prices (" + provider.name() + ")"), (tx, result) -> { });
        return new FetchSummary("prices", lines.size(), r.plan().added(), r.plan().changed(), refused, problems, false);
    }

    private ParsedFile read(List<String> lines) {
        String csv = CsvKind.DAILY_BARS.headerLine() + "\n" + String.join("\n", lines) + "\n";
        return importer.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A line in the import format; an empty market cap is computed from the shares outstanding. */
    private static String line(String ticker, ProviderBar b) {
        List<String> cells = new ArrayList<>();
        for (String column : CsvKind.DAILY_BARS.header()) {
            cells.add(switch (column) {
                case "date" -> b.date().toString();
                case "ticker" -> ticker;
                case "open" -> b.open().toPlainString();
                case "high" -> b.high().toPlainString();
                case "low" -> b.low().toPlainString();
                case "close" -> b.close().toPlainString();
                case "volume_shares" -> b.sharesTraded() < 0 ? "" : Long.toString(b.sharesTraded());
                case "market_cap" -> "";
                default -> throw new IllegalStateException("the daily-bar format has a column this source does not fill: " + column);
            });
        }
        return String.join(",", cells);
    }
}
