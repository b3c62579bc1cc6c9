package com.minerdesk.desk;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the values of one data line, collecting a problem for each value that is missing or
 * malformed (so every error of a file is reported at once). A getter returns null when its value
 * is wrong; {@link #ok()} says whether the whole line is usable.
 */
final class LineCheck {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private final CSVRecord record;
    private final int line;
    private final List<String> header;
    private final List<ImportProblem> errors;
    private final List<ImportProblem> warnings;
    private boolean ok = true;

    LineCheck(CSVRecord record, int line, List<String> header, List<ImportProblem> errors, List<ImportProblem> warnings) {
        this.record = record;
        this.line = line;
        this.header = header;
        this.errors = errors;
        this.warnings = warnings;
    }

    boolean ok() {
        return ok;
    }

    int line() {
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

    String text(int column) {
        String v = record.get(column - 1);
        if (v.isEmpty()) {
            error(column, "the value is missing");
            return null;
        }
        return v;
    }

    /** A real calendar date written yyyy-mm-dd; a weekend date is accepted with a warning. */
    LocalDate date(int column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        if (!ISO_DATE.matcher(v).matches()) {
            error(column, "'" + v + "' is not a date written yyyy-mm-dd (for example 2025-11-28)");
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "'" + v + "' is not a real date");
            return null;
        }
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            warnings.add(problem(column, d + " is a " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US)
                    + "; markets are closed at weekends"));
        }
        return d;
    }

    /** A number above zero with at most {@code scale} decimals that fits {@code precision} digits. */
    BigDecimal positive(int column, int precision, int scale) {
        BigDecimal n = number(column);
        if (n == null) {
            return null;
        }
        if (n.signum() <= 0) {
            error(column, "must be above zero, found " + n.toPlainString());
            return null;
        }
        return fits(column, n, precision, scale) ? n : null;
    }

    /** A whole number of zero or more that fits a 64-bit integer. */
    Long wholeNotNegative(int column) {
        BigDecimal n = number(column);
        if (n == null) {
            return null;
        }
        if (n.signum() < 0) {
            error(column, "must not be negative, found " + n.toPlainString());
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            error(column, "must be a whole number, found " + n.toPlainString());
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            error(column, "is too large, found " + n.toPlainString());
            return null;
        }
        return n.longValueExact();
    }

    private BigDecimal number(int column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        if (!DECIMAL.matcher(v).matches()) {
            error(column, "'" + v + "' is not a number; write digits with a dot for decimals and no thousands separator (for example 1234.56)");
            return null;
        }
        return new BigDecimal(v);
    }

    private boolean fits(int column, BigDecimal n, int precision, int scale) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() > scale) {
            error(column, "has more than " + scale + " decimals: " + n.toPlainString());
            return false;
        }
        if (s.precision() - s.scale() > precision - scale) {
            error(column, "is too large: " + n.toPlainString());
            return false;
        }
        return true;
    }

    void error(int column, String message) {
        ok = false;
        errors.add(problem(column, message));
    }

    private ImportProblem problem(int column, String message) {
        return new ImportProblem(line, column, column == 0 ? "" : header.get(column - 1), message);
    }
}
