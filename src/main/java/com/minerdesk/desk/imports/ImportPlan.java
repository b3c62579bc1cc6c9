package com.minerdesk.desk.imports;

import com.minerdesk.market.SectorMetric;
import com.minerdesk.market.DailyBar;
import com.minerdesk.ledger.LedgerRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What importing a checked file does to the stored rows: how many are new, changed (with a sample
 * of old → new values) or unchanged, the rows that must be written and the stored values they
 * replace (kept with the import so that it can be rolled back). For a ledger kind, changed rows are
 * restatements: new versions of their keys, the earlier versions kept.
 */
public record ImportPlan(
        CsvKind kind,
        int rows,
        int added,
        int changed,
        int unchanged,
        List<RowChange> addedSample,
        List<RowChange> changedSample,
        List<BarRow> barsToWrite,
        List<SectorMetric> metricsToWrite,
        LocalDate firstDate,
        LocalDate lastDate,
        SortedSet<String> tickers,
        Map<BarKey, DailyBar> replacedBars,
        Map<LocalDate, SectorMetric> replacedMetrics,
        List<LedgerRow> ledgerToWrite) {

    /** How many new and changed rows the preview lists. */
    public static final int SAMPLE = 200;

    public boolean changesNothing() {
        return added == 0 && changed == 0;
    }
}
