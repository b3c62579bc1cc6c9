package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.MONTHLY_REPORTS;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.ledger.LedgerTable;
import java.util.List;

/** The V47 table of monthly operating reports as a ledger: one version per company and month is current. */
public final class MonthlyReports {
    public static final LedgerTable<MonthlyReportsRecord> TABLE = new LedgerTable<>(MONTHLY_REPORTS,
            List.of(MONTHLY_REPORTS.COMPANY_ID, MONTHLY_REPORTS.REPORT_MONTH),
            List.of(MONTHLY_REPORTS.BTC_PRODUCED, MONTHLY_REPORTS.BTC_HELD, MONTHLY_REPORTS.BTC_SOLD,
                    MONTHLY_REPORTS.INSTALLED_EHS, MONTHLY_REPORTS.OPERATING_EHS, MONTHLY_REPORTS.AVG_OPERATING_EHS,
                    MONTHLY_REPORTS.EFFICIENCY_JTH, MONTHLY_REPORTS.MACHINES, MONTHLY_REPORTS.ENERGIZED_MW,
                    MONTHLY_REPORTS.PIPELINE_MW, MONTHLY_REPORTS.SELF_MINED_EHS, MONTHLY_REPORTS.HOSTED_EHS,
                    MONTHLY_REPORTS.SOURCE_URL, MONTHLY_REPORTS.ACCESSION, MONTHLY_REPORTS.PUBLISHED,
                    MONTHLY_REPORTS.SAMPLE),
            MONTHLY_REPORTS.VERSION, MONTHLY_REPORTS.IS_CURRENT, MONTHLY_REPORTS.IMPORT_ID, MONTHLY_REPORTS.RECORDED_AT);

    private MonthlyReports() {
    }
}
