package com.minerdesk.live.factcheck;

import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** What the text says, written the way the data pages write figures, at the writer's precision. */
final class Stated {
    private Stated() {
    }

    static String of(Claim c) {
        Typed t = c.typed();
        String sign = c.sign() > 0 ? "+" : c.sign() < 0 ? Fmt.MINUS : "";
        String number = grouped(t.mantissa());
        String figure = switch (t.unit()) {
            case PERCENT -> sign + number + "\u00a0%";
            case USD -> sign + "$" + number + (t.scaled() ? suffix(t.suffix()) : "");
            case HASHRATE -> number + " " + t.suffix();
            case COUNT -> number;
        };
        return c.comparison().words + figure;
    }

    private static String grouped(BigDecimal n) {
        int decimals = Math.max(0, n.scale());
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(n);
    }

    private static String suffix(String typed) {
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "billion", "bn", "b" -> "B";
            case "million", "mn", "m" -> "M";
            default -> "K";
        };
    }
}
