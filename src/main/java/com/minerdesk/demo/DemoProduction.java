package com.minerdesk.demo;

import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportLog;
import com.minerdesk.production.MonthlyReportKind;
import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.production.MonthlyReports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * A year of sample monthly operating reports (December 2024 – November 2025) for every demo company,
 * all marked sample: a fleet that grows a little each month and mines about 12 BTC per EH/s, half of
 * which it keeps. Made-up values, linked to no source; written through the ledger as one import entry.
 */
final class DemoProduction {
    static final YearMonth FIRST = YearMonth.of(2024, 12);
    static final int MONTHS = 12;
    private static final OffsetDateTime LOADED = OffsetDateTime.of(2025, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    private DemoProduction() {
    }

    static void load(DSLContext tx, List<DemoCompany> companies, Map<String, Long> ids) {
        long entry = ImportLog.recordLedger(tx, new ImportActor(null, "Demo data"), ChangeOperation.IMPORT,
                "demo monthly reports (sample)", MonthlyReportKind.CSV, companies.size() * MONTHS, companies.size() * MONTHS, 0,
                FIRST.atDay(1), FIRST.plusMonths(MONTHS - 1).atDay(1), LOADED);
        for (int i = 0; i < companies.size(); i++) {
            DemoCompany c = companies.get(i);
            for (MonthlyReportsRecord r : reports(ids.get(c.ticker()), c.ticker())) {
                // entered on its publication day, a minute apart per company: each feed entry has a time of its own
                OffsetDateTime entered = r.getPublished().atTime(12, i).atOffset(ZoneOffset.UTC);
                MonthlyReports.TABLE.append(tx, entry, entered, List.of(r));
            }
        }
    }

    static List<MonthlyReportsRecord> reports(long companyId, String ticker) {
        int seed = Math.floorMod(ticker.hashCode(), 1000);
        double operating = 0.4 + seed % 50 * 0.35;  // EH/s at the end of November 2024: the 34 hold about a third of the network
        double held = 200 + seed * 20.0;             // BTC
        double efficiency = 16 + seed % 12;          // J/TH
        List<MonthlyReportsRecord> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = FIRST.plusMonths(i);
            double previous = operating;
            operating = operating * (1.01 + (seed + i) % 4 / 100.0);
            double produced = (previous + operating) / 2 * (11.5 + (seed + i * 7) % 10 / 10.0);
            double sold = produced * 0.5;
            held += produced - sold;
            MonthlyReportsRecord r = new MonthlyReportsRecord();
            r.setCompanyId(companyId);
            r.setReportMonth(month.atDay(1));
            r.setBtcProduced(round(produced, 2));
            r.setBtcHeld(round(held, 2));
            r.setBtcSold(round(sold, 2));
            r.setInstalledEhs(round(operating * 1.1, 2));
            r.setOperatingEhs(round(operating, 2));
            r.setEfficiencyJth(round(efficiency - i * 0.1, 1));
            r.setMachines((int) Math.round(operating * 1.1 * 5_000));
            r.setEnergizedMw(round(operating * efficiency * 1.1, 1));
            r.setPipelineMw(round(operating * efficiency * 0.5, 1));
            r.setPublished(month.plusMonths(1).atDay(3));
            r.setSample(true);
            out.add(r);
        }
        return out;
    }

    private static BigDecimal round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
