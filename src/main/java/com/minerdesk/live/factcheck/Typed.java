package com.minerdesk.live.factcheck;

import java.math.BigDecimal;

/**
 * A figure as the writer typed it: {@code mantissa} as written (47.40, 67.89, 90000), {@code scale}
 * its multiplier (1, 10⁹ for "B"), {@code sign} +1 or −1 when a sign was typed (else 0). Counts
 * ("6 of 34") carry the total and the direction the sentence gives them. {@code bare} marks a
 * price written without "$" ("from 5.75 to 2.23").
 */
record Typed(Unit unit, BigDecimal mantissa, BigDecimal scale, String suffix, int sign, int start, int end,
        Integer total, int direction, boolean bare) {

    enum Unit { PERCENT, USD, HASHRATE, COUNT }

    /** The magnitude in base units: percent, dollars, EH/s, or a count. */
    BigDecimal value() {
        return mantissa.multiply(scale);
    }

    boolean scaled() {
        return suffix != null;
    }

    /**
     * The precision the writer used, in base units: the last decimal typed, or for a whole number
     * ending in zeros one place less than those zeros ($91,000 → 100), and all of them when the
     * writer hedged ("about $90,000" → 10,000).
     */
    BigDecimal precision(boolean hedged) {
        if (unit == Unit.COUNT) {
            return BigDecimal.ONE;
        }
        int decimals = Math.max(0, mantissa.scale());
        if (decimals > 0) {
            return BigDecimal.ONE.movePointLeft(decimals).multiply(scale);
        }
        int zeros = 0;
        BigDecimal m = mantissa;
        while (m.signum() != 0 && m.remainder(BigDecimal.TEN).signum() == 0) {
            m = m.divide(BigDecimal.TEN);
            zeros++;
        }
        int places = hedged ? zeros : Math.max(0, zeros - 1);
        return BigDecimal.ONE.movePointRight(places).multiply(scale);
    }
}
