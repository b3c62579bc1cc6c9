package com.minerdesk.market;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How far a miner has moved into AI/HPC data centres: stored as the lower-case name, shown capitalised. */
public enum AiHpcStatus {
    NONE, EXPLORING, CONTRACTED, OPERATING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + code().substring(1);
    }

    /** The status of a stored code; the database's check constraint allows no other. */
    public static AiHpcStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(AiHpcStatus::code).toList();
    }
}
