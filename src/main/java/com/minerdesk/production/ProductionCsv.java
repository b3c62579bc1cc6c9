package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.desk.imports.CsvNumbers;
import java.util.Arrays;
import java.util.List;

/** Monthly reports in the import format, so that exporting then importing a file changes nothing. */
public final class ProductionCsv {
    public static final List<String> HEADER = List.of("month", "ticker", "btc_produced", "btc_held", "btc_sold",
            "installed_ehs", "operating_ehs", "avg_operating_ehs", "efficiency_jth", "machines", "energized_mw",
            "pipeline_mw", "source_url", "accession", "published");

    private ProductionCsv() {
    }

    static List<List<?>> rows(List<CompanyMonth> months) {
        return months.stream().<List<?>>map(m -> row(m.ticker(), m.report())).toList();
    }

    static List<?> row(String ticker, MonthlyReportsRecord r) {
        return Arrays.asList(ProductionPaths.monthParam(r.getReportMonth()), ticker, CsvNumbers.amount(r.getBtcProduced()),
                CsvNumbers.amount(r.getBtcHeld()), CsvNumbers.amount(r.getBtcSold()), CsvNumbers.amount(r.getInstalledEhs()),
                CsvNumbers.amount(r.getOperatingEhs()), CsvNumbers.amount(r.getAvgOperatingEhs()),
                CsvNumbers.amount(r.getEfficiencyJth()), r.getMachines(), CsvNumbers.amount(r.getEnergizedMw()),
                CsvNumbers.amount(r.getPipelineMw()), r.getSourceUrl(), r.getAccession(), r.getPublished());
    }
}
