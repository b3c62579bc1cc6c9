package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;

/** A report read from a line or a form, which keeps the ticker it was given so that the preview can name it. */
final class TickedReport extends MonthlyReportsRecord {
    private static final long serialVersionUID = 1L;
    private final String ticker;

    TickedReport(String ticker) {
        this.ticker = ticker;
    }

    String ticker() {
        return ticker;
    }
}
