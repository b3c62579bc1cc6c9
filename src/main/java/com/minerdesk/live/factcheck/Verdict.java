package com.minerdesk.live.factcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whether the data bears a claim out, at the precision and with the hedge the writer used. */
final class Verdict {
    private Verdict() {
    }

    static boolean holds(Claim c, Truth t) {
        for (int i = 0; i < t.values().size(); i++) {
            if (holds(c, t.values().get(i)) || holds(c, t.shown().get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Claim c, BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (c.sign() != 0 && value.signum() != 0 && value.signum() != c.sign()) {
            return false;
        }
        BigDecimal data = value.abs();
        BigDecimal stated = c.stated();
        BigDecimal unit = c.precision();
        return switch (c.comparison()) {
            case ROUNDED -> data.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit).compareTo(stated) == 0;
            case ABOUT -> data.subtract(stated).abs().compareTo(unit) <= 0;
            case AT_LEAST -> data.compareTo(stated) >= 0;
            case AT_MOST -> data.compareTo(stated) <= 0;
        };
    }
}
