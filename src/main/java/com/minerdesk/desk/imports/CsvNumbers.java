package com.minerdesk.desk.imports;

import java.math.BigDecimal;

/** Numbers as written into CSV files: plain digits, a dot for decimals, at least two decimals for amounts. */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    public static String amount(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    public static String whole(Number n) {
        if (n == null) {
            return "";
        }
        return n instanceof BigDecimal d ? d.toBigInteger().toString() : n.toString();
    }
}
