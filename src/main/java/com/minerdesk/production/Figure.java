package com.minerdesk.production;

import java.math.BigDecimal;

/** A computed figure, or the reason there is none ("—" on the page, never a guessed number). */
public record Figure(BigDecimal value, String reason) {

    public static Figure of(BigDecimal value, String reasonIfMissing) {
        return value != null ? new Figure(value, null) : new Figure(null, reasonIfMissing);
    }

    public boolean known() {
        return value != null;
    }
}
