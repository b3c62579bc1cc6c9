package com.minerdesk.desk;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The rules for typed-in and imported values, shared by the CSV import and the editor forms. */
public final class ValueRules {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Room for a sign, a point and zeros that add nothing (2.300, 007) beyond the column's digits. */
    private static final int SPARE_CHARACTERS = 22;
    private static final int LONG_DIGITS = 19;

    private ValueRules() {
    }

    /** A real calendar date written yyyy-mm-dd. */
    public static Checked<LocalDate> date(String v) {
        if (!ISO_DATE.matcher(v).matches()) {
            return Checked.fail("'" + v + "' is not a date written yyyy-mm-dd (for example 2025-11-28)");
        }
        try {
            return Checked.ok(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Checked.fail("'" + v + "' is not a real date");
        }
    }

    /** A number above zero with at most {@code scale} decimals that fits {@code precision} digits. */
    public static Checked<BigDecimal> positive(String v, int precision, int scale) {
        Checked<BigDecimal> n = number(v, precision);
        if (n.failed()) {
            return n;
        }
        if (n.value().signum() <= 0) {
            return Checked.fail("must be above zero, found " + v);
        }
        return fits(n.value(), precision, scale);
    }

    /** A number of zero or more with at most {@code scale} decimals that fits {@code precision} digits. */
    public static Checked<BigDecimal> notNegative(String v, int precision, int scale) {
        Checked<BigDecimal> n = number(v, precision);
        if (n.failed()) {
            return n;
        }
        if (n.value().signum() < 0) {
            return Checked.fail("must not be negative, found " + v);
        }
        return fits(n.value(), precision, scale);
    }

    /** A whole number of zero or more that fits a 64-bit integer. */
    public static Checked<Long> wholeNotNegative(String v) {
        Checked<BigDecimal> n = number(v, LONG_DIGITS);
        if (n.failed()) {
            return Checked.fail(n.error());
        }
        if (n.value().signum() < 0) {
            return Checked.fail("must not be negative, found " + v);
        }
        if (n.value().stripTrailingZeros().scale() > 0) {
            return Checked.fail("must be a whole number, found " + v);
        }
        if (n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Checked.fail("is too large, found " + v);
        }
        return Checked.ok(n.value().longValueExact());
    }

    /** An absolute http or https address. */
    public static Checked<String> webAddress(String v, int maxLength) {
        if (v.length() > maxLength) {
            return Checked.fail("must be at most " + maxLength + " characters");
        }
        try {
            URI uri = new URI(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Checked.ok(v);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Checked.fail("'" + v + "' is not a web address starting with https:// or http://");
    }

    /** Refused by its length before it is parsed: parsing a number costs time quadratic in its digits. */
    private static Checked<BigDecimal> number(String v, int precision) {
        if (v.length() > precision + SPARE_CHARACTERS) {
            return Checked.fail("is too long for a number of at most " + precision + " digits (" + v.length() + " characters)");
        }
        if (!DECIMAL.matcher(v).matches()) {
            return Checked.fail("'" + v + "' is not a number; write digits with a dot for decimals and no thousands separator (for example 1234.56)");
        }
        return Checked.ok(new BigDecimal(v));
    }

    private static Checked<BigDecimal> fits(BigDecimal n, int precision, int scale) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() > scale) {
            return Checked.fail("has more than " + scale + " decimals: " + n.toPlainString());
        }
        if (s.precision() - s.scale() > precision - scale) {
            return Checked.fail("is too large: " + n.toPlainString());
        }
        return Checked.ok(n);
    }
}
