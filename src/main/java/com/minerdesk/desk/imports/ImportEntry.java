package com.minerdesk.desk.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A line of the import log at {@code /editor/imports}: an import, a form save or a deletion of bars,
 * what it changed per company ({@code changes}, empty for entries made before rows were kept), and
 * whether it was rolled back.
 */
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
        LocalDate lastDate,
        ChangeOperation operation,
        boolean undoable,
        OffsetDateTime rolledBackAt,
        String rolledBackBy,
        List<RowsChanged> changes) {

    public String kindLabel() {
        return CsvKind.byCode(kind).map(CsvKind::label).orElse(kind);
    }

    /** The file's name for an import; what was used otherwise. */
    public String source() {
        return switch (operation) {
            case IMPORT -> fileName;
            case FORM -> kindLabel() + " form";
            case DELETE -> "deletion of bars";
        };
    }

    /** What the entry did to a row that was there before: a ledger kind restates it (the old version stays). */
    public String existedVerb() {
        return CsvKind.byCode(kind).flatMap(CsvKind::ledger).isPresent() ? "restated" : operation.existedVerb();
    }

    public boolean rolledBack() {
        return rolledBackAt != null;
    }

    ImportEntry withChanges(List<RowsChanged> list) {
        return new ImportEntry(id, importedAt, userName, fileName, kind, rows, added, changed, unchanged, warnings,
                firstDate, lastDate, operation, undoable, rolledBackAt, rolledBackBy, list);
    }
}
