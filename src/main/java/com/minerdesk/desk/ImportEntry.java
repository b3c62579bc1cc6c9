package com.minerdesk.desk;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the import log at {@code /editor/imports}. */
public record ImportEntry(
        long id,
        OffsetDateTime importedAt,
        String userName,
        String fileName,
        String kind,
        int rows,
        int added,
        int changed,
        int unchanged,
        int warnings,
        LocalDate firstDate,
        LocalDate lastDate) {

    public String kindLabel() {
        return CsvKind.byCode(kind).map(CsvKind::label).orElse(kind);
    }
}
