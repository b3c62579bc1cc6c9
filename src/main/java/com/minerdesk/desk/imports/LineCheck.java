package com.minerdesk.desk.imports;

import com.minerdesk.desk.Checked;
import com.minerdesk.desk.ValueRules;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the values of one data line, collecting a problem for each value that is missing or
 * malformed (so every error of a file is reported at once). A getter returns null when its value
 * is wrong; {@link #ok()} says whether the whole line is usable.
 */
public final class LineCheck {
    private final CSVRecord record;
    private final int line;
    private final List<String> header;
    private final Problems errors;
    private final Problems warnings;
    private boolean ok = true;

    LineCheck(CSVRecord record, int line, List<String> header, Problems errors, Problems warnings) {
        this.record = record;
        this.line = line;
        this.header = header;
        this.errors = errors;
        this.warnings = warnings;
    }

    public boolean ok() {
        return ok;
    }

    public int line() {
        return line;
    }

    /** Whether the line has one value per header column; reports it otherwise. */
    boolean hasAllColumns() {
        if (record.size() == header.size()) {
            return true;
        }
        error(0, "expected " + header.size() + " values (" + String.join(",", header) + "), found " + record.size());
        return false;
    }

    /** Whether an optional value is left empty. */
    public boolean blank(int column) {
        return record.get(column - 1).isEmpty();
    }

    public String text(int column) {
        String v = record.get(column - 1);
        if (v.isEmpty()) {
            error(column, "the value is missing");
            return null;
        }
        return v;
    }

    /** A real calendar date written yyyy-mm-dd; a weekend date is accepted with a warning. */
    public LocalDate date(int column) {
        LocalDate d = checked(column, ValueRules::date);
        if (d != null && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            warnings.add(problem(column, d + " is a " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US)
                    + "; markets are closed at weekends"));
        }
        return d;
    }

    /** A real calendar date written yyyy-mm-dd, any day of the week (the ledger's days). */
    public LocalDate day(int column) {
        return checked(column, ValueRules::date);
    }

    /** An optional positive amount: null, with no problem, when the value is left empty. */
    public BigDecimal optionalPositive(int column, int precision, int scale) {
        return blank(column) ? null : positive(column, precision, scale);
    }

    public BigDecimal notNegative(int column, int precision, int scale) {
        return checked(column, v -> ValueRules.notNegative(v, precision, scale));
    }

    /** A whole number from {@code min} to {@code max}. */
    public Integer whole(int column, long min, long max) {
        Long n = wholeNotNegative(column);
        if (n != null && (n < min || n > max)) {
            error(column, n + " is outside " + min + "–" + max);
            return null;
        }
        return n == null ? null : n.intValue();
    }

    public BigDecimal positive(int column, int precision, int scale) {
        return checked(column, v -> ValueRules.positive(v, precision, scale));
    }

    public Long wholeNotNegative(int column) {
        return checked(column, ValueRules::wholeNotNegative);
    }

    private <T> T checked(int column, Function<String, Checked<T>> rule) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        Checked<T> c = rule.apply(v);
        if (c.failed()) {
            error(column, c.error());
        }
        return c.value();
    }

    public void error(int column, String message) {
        ok = false;
        errors.add(problem(column, message));
    }

    private ImportProblem problem(int column, String message) {
        return new ImportProblem(line, column, column == 0 ? "" : header.get(column - 1), message);
    }
}
