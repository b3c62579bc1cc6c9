package com.minerdesk.desk.imports;

import com.minerdesk.ledger.LedgerRow;
import java.util.List;
import java.util.SortedSet;

/**
 * An uploaded file, read and checked line by line. It can be imported only when it has no errors;
 * warnings do not stop an import. {@code kind} is null when the header matched no format.
 */
public record ParsedFile(
        CsvKind kind,
        int dataLines,
        List<BarRow> bars,
        List<MetricRow> metrics,
        List<LedgerRow> ledgerRows,
        Problems errors,
        Problems warnings,
        SortedSet<String> unknownTickers) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
