package com.minerdesk.desk;

import java.math.BigDecimal;

/** Numbers as written into CSV files: plain digits, a dot for decimals, at least two decimals for amounts. */
final class CsvNumbers {
    private CsvNumbers() {
    }

    static String amount(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    static String whole(Number n) {
        if (n == null) {
            return "";
        }
        return n instanceof BigDecimal d ? d.toBigInteger().toString() : n.toString();
    }
}
