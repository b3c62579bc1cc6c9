package com.minerdesk.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and date formatting for readers, available to every template as {@code fmt}. Signs are
 * always written (+ and the minus sign −) so that a change never depends on colour.
 */
public final class Fmt {
    public static final String MINUS = "\u2212";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private final ZoneId zone;

    public Fmt(ZoneId zone) {
        this.zone = zone;
    }

    /** A ratio (−0.6122) as a signed percentage with two decimals: "−61.22 %". */
    public String pct(BigDecimal ratio) {
        if (ratio == null) {
            return "n/a";
        }
        BigDecimal p = ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        String digits = decimal(p.abs(), 2);
        return (p.signum() > 0 ? "+" : p.signum() < 0 ? MINUS : "") + digits + "\u00a0%";
    }

    /** A ratio as a plain percentage, "-61.22" (CSV). */
    public static String plainPct(BigDecimal ratio) {
        return ratio == null ? "" : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "up", "down" or "flat": a CSS hook that always comes with a sign and an arrow. */
    public String direction(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "flat";
        }
        return value.signum() > 0 ? "up" : "down";
    }

    public String arrow(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "";
        }
        return value.signum() > 0 ? "\u25b2" : "\u25bc";
    }

    /** A share price: "$2.23", "$1,234.50". */
    public String price(BigDecimal usd) {
        if (usd == null) {
            return "n/a";
        }
        return "$" + decimal(usd.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** A whole-dollar amount: "$91,000". */
    public String usd(BigDecimal usd) {
        if (usd == null) {
            return "n/a";
        }
        String s = decimal(usd.abs().setScale(0, RoundingMode.HALF_UP), 0);
        return (usd.signum() < 0 ? MINUS : "") + "$" + s;
    }

    public String usd(Long usd) {
        return usd == null ? "n/a" : usd(BigDecimal.valueOf(usd));
    }

    /** A large amount with a suffix: "$67.89B", "$413.50M", "$25.00M". */
    public String compact(BigDecimal usd) {
        return scaled(usd, "$");
    }

    /** A large count (shares) with a suffix and no currency: "12.34M", "1.20B". */
    public String compactCount(BigDecimal n) {
        return scaled(n, "");
    }

    private String scaled(BigDecimal value, String currency) {
        if (value == null) {
            return "n/a";
        }
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? MINUS : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return sign + currency + decimal(abs.movePointLeft(9).setScale(2, RoundingMode.HALF_UP), 2) + "B";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return sign + currency + decimal(abs.movePointLeft(6).setScale(2, RoundingMode.HALF_UP), 2) + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
            return sign + currency + decimal(abs.movePointLeft(3).setScale(2, RoundingMode.HALF_UP), 2) + "K";
        }
        return sign + currency + decimal(abs.setScale(0, RoundingMode.HALF_UP), 0);
    }

    public String compact(Long usd) {
        return usd == null ? "n/a" : compact(BigDecimal.valueOf(usd));
    }

    /** Signed compact amount for changes: "+$1.23B", "−$1.23B". */
    public String signedCompact(Long usd) {
        if (usd == null) {
            return "n/a";
        }
        return (usd > 0 ? "+" : "") + compact(usd);
    }

    public String number(BigDecimal n, int decimals) {
        return n == null ? "n/a" : decimal(n.setScale(decimals, RoundingMode.HALF_UP), decimals);
    }

    public String integer(long n) {
        return decimal(BigDecimal.valueOf(n), 0);
    }

    public String hashrate(BigDecimal ehs) {
        return ehs == null ? "n/a" : decimal(ehs.setScale(0, RoundingMode.HALF_UP), 0) + " EH/s";
    }

    public String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** The day of a moment in the site's time zone: "28 Nov 2025". */
    public String day(OffsetDateTime t) {
        return t == null ? "" : DAY.format(t.atZoneSameInstant(zone));
    }

    public String shortDay(LocalDate d) {
        return d == null ? "" : SHORT_DAY.format(d);
    }

    public String weekday(LocalDate d) {
        return d == null ? "" : WEEKDAY.format(d);
    }

    public String month(LocalDate d) {
        return d == null ? "" : MONTH.format(d);
    }

    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** A moment in the site's time zone, with the zone named: "28 Nov 2025, 14:00 UTC". */
    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(zone)) + " " + zone.getId();
    }

    /** A moment for a {@code <time datetime>} attribute: UTC to the second ("2025-11-28T18:00:00Z"). */
    public String machine(OffsetDateTime t) {
        return t == null ? "" : t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** DecimalFormat is costly to build and not thread-safe: one per thread and number of decimals. */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[9]);

    private static String decimal(BigDecimal n, int decimals) {
        DecimalFormat[] formats = FORMATS.get();
        if (decimals >= formats.length) {
            return newFormat(decimals).format(n);
        }
        if (formats[decimals] == null) {
            formats[decimals] = newFormat(decimals);
        }
        return formats[decimals].format(n);
    }

    private static DecimalFormat newFormat(int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
