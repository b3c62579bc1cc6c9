package com.minerdesk.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.CaseConditionStep;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The stages of an AI/HPC contract, in the order a deal goes through them (the stored codes of V47). */
public enum ContractStatus {
    ANNOUNCED("announced", "Announced"),
    LOI("loi", "Letter of intent"),
    SIGNED("signed", "Signed"),
    ENERGIZING("energizing", "Energizing"),
    OPERATING("operating", "Operating"),
    ENDED("ended", "Ended");

    private final String code;
    private final String label;

    ContractStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ContractStatus::code).toList();
    }

    public static Optional<ContractStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The position of a stored status in a deal's course, for sorting in SQL. */
    static Field<Integer> orderOf(Field<String> status) {
        CaseConditionStep<Integer> step = DSL.when(status.eq(ANNOUNCED.code), ANNOUNCED.ordinal());
        for (ContractStatus s : values()) {
            step = step.when(status.eq(s.code), s.ordinal());
        }
        return step.otherwise(values().length);
    }

    /** The label of a stored code (every stored code is one of these: V47 checks it). */
    public static String labelOf(String code) {
        return byCode(code).map(ContractStatus::label).orElse(code);
    }
}
