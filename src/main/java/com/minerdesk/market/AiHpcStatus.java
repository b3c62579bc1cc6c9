package com.minerdesk.market;

import java.util.Arrays;
import java.util.List;

/** How far a miner has moved into AI/HPC data centres, as stored and as shown. */
public enum AiHpcStatus {
    NONE("none", "None"),
    EXPLORING("exploring", "Exploring"),
    CONTRACTED("contracted", "Contracted"),
    OPERATING("operating", "Operating");

    private final String code;
    private final String label;

    AiHpcStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The status of a stored code; the database's check constraint allows no other. */
    public static AiHpcStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown AI/HPC status " + code));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(AiHpcStatus::code).toList();
    }
}
