package com.minerdesk.production;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An earlier version of a figure: its value and where and when it was published. */
public record Restatement(String figure, BigDecimal earlier, String unit, LocalDate published, String sourceUrl) {
}
