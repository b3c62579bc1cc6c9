package com.minerdesk.market;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of AI/HPC pivot event, as stored and as shown. */
public enum PivotKind {
    LEASE("lease", "Lease"),
    HOSTING("hosting", "Hosting"),
    INVESTMENT("investment", "Investment"),
    FINANCING("financing", "Financing"),
    M_AND_A("m_and_a", "M&A"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    PivotKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PivotKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String labelOf(String code) {
        return parse(code).map(PivotKind::label).orElse(code);
    }

    public static List<PivotKind> all() {
        return List.of(values());
    }
}
