package com.minerdesk.live.factcheck;

import java.math.BigDecimal;

/**
 * What a typed figure says about the data: which figure, the stated magnitude in base units, the
 * stated sign (0 when the text gives none), how it compares, and at which precision.
 */
record Claim(Metric metric, String ticker, Typed typed, int sign, Comparison comparison, int offset) {

    enum Comparison {
        ROUNDED(""), ABOUT("about "), AT_LEAST("more than "), AT_MOST("less than ");

        final String words;

        Comparison(String words) {
            this.words = words;
        }
    }

    BigDecimal stated() {
        return typed.value();
    }

    BigDecimal precision() {
        return typed.precision(comparison == Comparison.ABOUT);
    }
}
