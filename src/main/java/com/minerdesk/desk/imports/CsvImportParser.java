package com.minerdesk.desk.imports;

import com.minerdesk.ledger.LedgerContext;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerRow;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.SectorMetric;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.Record;

/**
 * Reads an uploaded CSV file (quoted fields, BOM and CRLF accepted), recognises its kind from the
 * header and checks every line, collecting all errors with their line and column.
 */
final class CsvImportParser {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    /** commons-csv names the line where an unclosed quoted value starts. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    /** An old file is refused rather than read: its volume was dollars, and shares are read now. */
    static final String OLD_VOLUME = "this file has the old header '" + String.join(",", CsvKind.DOLLAR_VOLUME_HEADER)
            + "', whose volume was dollars traded; daily bars now take the shares traded, in a column named"
            + " volume_shares (dollar volume is computed as close × shares). Give the shares traded under the header '"
            + CsvKind.DAILY_BARS.headerLine() + "' (market_cap may be left out: it is then computed from the shares"
            + " outstanding). A file is never read with dollars taken for shares.";

    private final Set<String> knownTickers;
    private final LedgerContext ledgerContext;

    /** @param knownTickers the tickers of the companies that exist, upper case */
    CsvImportParser(Set<String> knownTickers) {
        this(new LedgerContext(Map.of(), LocalDate.MAX), knownTickers);
    }

    CsvImportParser(LedgerContext ledgerContext, Set<String> knownTickers) {
        this.knownTickers = knownTickers;
        this.ledgerContext = ledgerContext;
    }

    ParsedFile parse(byte[] bytes) {
        CsvText text = CsvText.decode(bytes);
        Problems errors = new Problems();
        Problems warnings = new Problems();
        SortedSet<String> unknown = new TreeSet<>();
        List<BarRow> bars = new ArrayList<>();
        List<MetricRow> metrics = new ArrayList<>();
        List<LedgerRow> ledgerRows = new ArrayList<>();
        int dataLines = 0;
        CsvKind kind = null;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.text())).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, parser, errors)) {
                return new ParsedFile(null, 0, bars, metrics, ledgerRows, errors, warnings, unknown);
            }
            CSVRecord header = records.next();
            kind = CsvKind.byHeader(header.toList()).orElse(null);
            if (kind == null && header.toList().contains("volume") && header.toList().get(0).equals("date")) {
                errors.add(new ImportProblem(text.lineOfRecordAt(header.getCharacterPosition()), 0, "", OLD_VOLUME));
                return new ParsedFile(null, 0, bars, metrics, ledgerRows, errors, warnings, unknown);
            }
            if (kind == null) {
                errors.add(new ImportProblem(text.lineOfRecordAt(header.getCharacterPosition()), 0, "",
                        "the header must be exactly one of " + String.join(", ", CsvKind.values().stream()
                                .map(k -> "'" + k.headerLine() + "' (" + k.label() + ")").toList())
                                + " (a daily-bar file may leave out market_cap); found '"
                                + String.join(",", header.toList()) + "'"));
                return new ParsedFile(null, 0, bars, metrics, ledgerRows, errors, warnings, unknown);
            }
            List<String> columns = header.toList();
            Map<String, Integer> seen = new HashMap<>();
            while (hasNext(records, parser, errors)) {
                CSVRecord record = records.next();
                dataLines++;
                LineCheck line = new LineCheck(record, text.lineOfRecordAt(record.getCharacterPosition()), columns,
                        errors, warnings);
                if (!line.hasAllColumns()) {
                    continue;
                }
                if (kind.ledger().isPresent()) {
                    LedgerRow row = ledgerRow(kind.ledger().get(), line, seen);
                    if (row != null) {
                        ledgerRows.add(row);
                    }
                } else if (kind.equals(CsvKind.DAILY_BARS)) {
                    BarRow bar = bar(line, CsvKind.hasMarketCap(columns), seen, unknown);
                    if (bar != null) {
                        bars.add(bar);
                    }
                } else {
                    MetricRow metric = metric(line, seen);
                    if (metric != null) {
                        metrics.add(metric);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dataLines == 0 && errors.isEmpty()) {
            errors.add(new ImportProblem(1, 0, "", "the file has a header but no data lines"));
        }
        return new ParsedFile(kind, dataLines, bars, metrics, ledgerRows, errors, warnings, unknown);
    }

    /** Advances the parser; a malformed line (an unclosed quote) ends the file with an error. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, Problems errors) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : (int) Math.max(1, parser.getCurrentLineNumber());
            errors.add(new ImportProblem(line, 0, "",
                    "the CSV is malformed here (a quoted value is not closed); nothing after this point can be read"));
            return false;
        }
    }

    /** A ledger line; a key that is already on an earlier line is refused. */
    private LedgerRow ledgerRow(LedgerKind<?> ledger, LineCheck line, Map<String, Integer> seen) {
        Record r = ledger.read(line, ledgerContext);
        if (r == null || !line.ok()) {
            return null;
        }
        Integer first = seen.putIfAbsent(ledger.table().keyOf(r).toString(), line.line());
        if (first != null) {
            line.error(1, "this is already on line " + first + "; each " + String.join(" and ",
                    ledger.table().keys().stream().map(f -> f.getName()).toList()) + " may appear once");
            return null;
        }
        return new LedgerRow(line.line(), r);
    }

    private BarRow bar(LineCheck line, boolean withCap, Map<String, Integer> seen, Set<String> unknown) {
        LocalDate date = line.date(1);
        String rawTicker = line.text(2);
        String ticker = rawTicker == null ? null : rawTicker.toUpperCase(Locale.ROOT);
        if (ticker != null && !knownTickers.contains(ticker)) {
            line.error(2, "unknown ticker " + ticker + ": create the company first");
            unknown.add(ticker);
        }
        BigDecimal open = line.positive(3, 18, 4);
        BigDecimal high = line.positive(4, 18, 4);
        BigDecimal low = line.positive(5, 18, 4);
        BigDecimal close = line.positive(6, 18, 4);
        Long shares = line.wholeNotNegative(7);
        // an empty market cap, like a file without the column, is computed from the shares outstanding
        Long cap = withCap && !line.blank(8) ? line.wholeNotNegative(8) : null;
        if (open != null && close != null) {
            if (low != null && low.compareTo(open.min(close)) > 0) {
                line.error(5, "low " + low.toPlainString() + " is above the lower of open (" + open.toPlainString()
                        + ") and close (" + close.toPlainString() + ")");
            }
            if (high != null && high.compareTo(open.max(close)) < 0) {
                line.error(4, "high " + high.toPlainString() + " is below the higher of open (" + open.toPlainString()
                        + ") and close (" + close.toPlainString() + ")");
            }
        }
        if (date != null && ticker != null) {
            Integer first = seen.putIfAbsent(ticker + " " + date, line.line());
            if (first != null) {
                line.error(2, ticker + " on " + date + " is already on line " + first + "; each ticker and date may appear once");
            }
        }
        return line.ok() ? new BarRow(line.line(), ticker, new DailyBar(date, open, high, low, close, shares, cap)) : null;
    }

    private static MetricRow metric(LineCheck line, Map<String, Integer> seen) {
        LocalDate date = line.date(1);
        BigDecimal btc = line.positive(2, 18, 2);
        BigDecimal hashrate = line.positive(3, 12, 2);
        BigDecimal cash = line.positive(4, 18, 2);
        BigDecimal allin = line.positive(5, 18, 2);
        if (date != null) {
            Integer first = seen.putIfAbsent(date.toString(), line.line());
            if (first != null) {
                line.error(1, date + " is already on line " + first + "; each date may appear once");
            }
        }
        return line.ok() ? new MetricRow(line.line(), new SectorMetric(date, btc, hashrate, cash, allin)) : null;
    }
}
