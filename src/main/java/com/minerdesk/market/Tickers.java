package com.minerdesk.market;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a ticker is: the one rule for forms, addresses, placeholders and tickers written in prose. */
public final class Tickers {
    /** A stored ticker: up to 12 capitals, digits, dots or dashes, starting with a capital or digit (ABTC, HUT.TO). */
    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,11}");
    /**
     * A word in capitals that is taken for a ticker when written in prose ("ABTC fell…", "HUT.TO"),
     * without the boundaries around it, which each reader of prose adds for its kind of text.
     */
    public static final String PROSE_WORD = "[A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)?";

    private Tickers() {
    }

    public static boolean valid(String ticker) {
        return ticker != null && FORMAT.matcher(ticker).matches();
    }

    /** A ticker as typed in an address or form, in any letter case; null when it cannot be one. */
    public static String normalised(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.trim().toUpperCase(Locale.ROOT);
        return valid(t) ? t : null;
    }
}
