package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.LineCheck;
import com.minerdesk.ledger.LedgerContext;
import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerTable;
import java.time.LocalDate;

/** Monthly operating reports as the desk imports them, in the format of {@link ProductionCsv#HEADER}. */
public final class MonthlyReportKind implements LedgerKind<MonthlyReportsRecord> {
    public static final CsvKind CSV = new CsvKind("monthly_reports", "monthly reports", ProductionCsv.HEADER);
    public static final MonthlyReportKind KIND = new MonthlyReportKind();

    private MonthlyReportKind() {
    }

    @Override
    public CsvKind csv() {
        return CSV;
    }

    @Override
    public LedgerTable<MonthlyReportsRecord> table() {
        return MonthlyReports.TABLE;
    }

    @Override
    public MonthlyReportsRecord read(LineCheck line, LedgerContext context) {
        return MonthlyReportReader.read(name -> {
            int column = column(name);
            return line.blank(column) ? "" : line.text(column);
        }, context.companyIds(), context.today(), (field, message) -> line.error(column(field), message));
    }

    private static int column(String name) {
        return ProductionCsv.HEADER.indexOf(name) + 1;
    }

    @Override
    public LocalDate day(MonthlyReportsRecord row) {
        return row.getReportMonth();
    }

    @Override
    public String subject(MonthlyReportsRecord row) {
        String month = ProductionPaths.monthParam(row.getReportMonth());
        return row instanceof TickedReport t ? t.ticker() + " " + month : month;
    }
}
