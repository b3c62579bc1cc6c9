package com.minerdesk.desk.imports;

import java.util.Arrays;

/** What made an entry of the import log: a CSV import, a form save, or a deletion of bars. */
public enum ChangeOperation {
    IMPORT("import", "added", "replaced"),
    FORM("form", "added", "replaced"),
    DELETE("delete", "added", "deleted");

    private final String code;
    private final String addedVerb;
    private final String existedVerb;

    ChangeOperation(String code, String addedVerb, String existedVerb) {
        this.code = code;
        this.addedVerb = addedVerb;
        this.existedVerb = existedVerb;
    }

    public String code() {
        return code;
    }

    /** What the operation did to a row that was not there before. */
    public String addedVerb() {
        return addedVerb;
    }

    /** What the operation did to a row that was there before. */
    public String existedVerb() {
        return existedVerb;
    }

    static ChangeOperation byCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst().orElseThrow();
    }
}
