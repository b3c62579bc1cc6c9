package com.minerdesk.charts;

import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Tick labels: as short as the round tick values allow ("$90K", "−20 %", "1,000"). */
public final class AxisFormats {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private AxisFormats() {
    }

    /** A ratio as a signed percentage without trailing zeros: 0.2 → "+20 %", −0.05 → "−5 %". */
    public static String percent(BigDecimal ratio) {
        BigDecimal p = ratio.movePointRight(2);
        return sign(p) + grouped(p.abs()) + "\u00a0%";
    }

    /** Dollars with a K, M or B suffix: 137500 → "$137.5K", 6.75e10 → "$67.5B", 2.5 → "$2.5". */
    public static String usd(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String body;
        if (abs.compareTo(BILLION) >= 0) {
            body = grouped(abs.movePointLeft(9)) + "B";
        } else if (abs.compareTo(MILLION) >= 0) {
            body = grouped(abs.movePointLeft(6)) + "M";
        } else if (abs.compareTo(THOUSAND) >= 0) {
            body = grouped(abs.movePointLeft(3)) + "K";
        } else {
            body = grouped(abs);
        }
        return (amount.signum() < 0 ? Fmt.MINUS : "") + "$" + body;
    }

    /** A plain number with thousands separators: 1000 → "1,000". */
    public static String number(BigDecimal n) {
        return (n.signum() < 0 ? Fmt.MINUS : "") + grouped(n.abs());
    }

    private static String sign(BigDecimal n) {
        return n.signum() > 0 ? "+" : n.signum() < 0 ? Fmt.MINUS : "";
    }

    private static String grouped(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(plain);
    }
}
