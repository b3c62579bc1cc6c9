package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.IMPORTS;
import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;

import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.db.generated.tables.records.NetworkDaysRecord;
import com.minerdesk.ledger.LedgerTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Known production rows, written through the ledger as an import would: MARA and CLSK, October 2025
 * with a complete network month (31 days of 144 blocks, 450 + 4.5 BTC, 1,000 EH/s: 14,089.5 BTC paid)
 * and November 2025 with 10 network days only. MARA's October is restated from 712 BTC (4 Nov) to
 * 704.475 BTC, 5 % of the month's reward.
 */
final class ProductionFixture {
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);
    static final LedgerTable<NetworkDaysRecord> DAYS = new LedgerTable<>(NETWORK_DAYS, List.of(NETWORK_DAYS.UTC_DAY),
            List.of(NETWORK_DAYS.DIFFICULTY, NETWORK_DAYS.BLOCKS, NETWORK_DAYS.SUBSIDY_BTC, NETWORK_DAYS.FEES_BTC,
                    NETWORK_DAYS.HASHRATE_EHS, NETWORK_DAYS.SOURCE_URL, NETWORK_DAYS.PUBLISHED, NETWORK_DAYS.SAMPLE),
            NETWORK_DAYS.VERSION, NETWORK_DAYS.IS_CURRENT, NETWORK_DAYS.IMPORT_ID, NETWORK_DAYS.RECORDED_AT);
    static final String MARA_OCT_FIRST = "https://ir.mara.com/news/october-2025-production";
    static final String MARA_OCT_RESTATED = "https://ir.mara.com/news/october-2025-production-corrected";

    private ProductionFixture() {
    }

    /** Loads the rows described above; returns the entry of the restatement. */
    static long load(Database db) {
        return db.write(tx -> {
            long mara = company(tx, "MARA");
            long clsk = company(tx, "CLSK");
            long first = entry(tx, "monthly_reports");
            List<NetworkDaysRecord> days = new ArrayList<>(networkDays(YearMonth.of(2025, 10), 31, "1000"));
            days.addAll(networkDays(YearMonth.of(2025, 11), 10, "1000"));
            DAYS.append(tx, entry(tx, "network_days"), AT, days);
            MonthlyReports.TABLE.append(tx, first, AT, List.of(
                    report(mara, "2025-09", "650", "1000", null, "50", null, "https://ir.mara.com/news/september-2025", "2025-10-03"),
                    report(mara, "2025-10", "712", "1100", "70", "60", null, MARA_OCT_FIRST, "2025-11-04"),
                    report(clsk, "2025-10", "600", "13000", "45", "42", "40", "https://investors.cleanspark.com/october-2025", "2025-11-05"),
                    report(mara, "2025-11", "700", "1150", "70", "62", null, "https://ir.mara.com/news/november-2025", "2025-12-03")));
            long restated = entry(tx, "monthly_reports");
            MonthlyReports.TABLE.append(tx, restated, AT.plusDays(1), List.of(
                    report(mara, "2025-10", "704.475", "1100", "70", "60", null, MARA_OCT_RESTATED, "2025-11-20")));
            return restated;
        });
    }

    static long company(DSLContext tx, String ticker) {
        return tx.insertInto(COMPANIES).set(COMPANIES.TICKER, ticker).set(COMPANIES.NAME, ticker + " Inc.")
                .set(COMPANIES.EXCHANGE, "Nasdaq").returning(COMPANIES.ID).fetchOne(COMPANIES.ID);
    }

    static long entry(DSLContext tx, String kind) {
        return tx.insertInto(IMPORTS).set(IMPORTS.IMPORTED_AT, AT).set(IMPORTS.USER_NAME, "test")
                .set(IMPORTS.FILE_NAME, kind + ".csv").set(IMPORTS.KIND, kind).set(IMPORTS.ROWS_TOTAL, 1)
                .set(IMPORTS.ROWS_NEW, 1).set(IMPORTS.ROWS_CHANGED, 0).set(IMPORTS.ROWS_UNCHANGED, 0)
                .set(IMPORTS.WARNINGS, 0).set(IMPORTS.UNDOABLE, true).returning(IMPORTS.ID).fetchOne(IMPORTS.ID);
    }

    static List<NetworkDaysRecord> networkDays(YearMonth month, int count, String ehs) {
        List<NetworkDaysRecord> out = new ArrayList<>();
        for (int d = 1; d <= count; d++) {
            NetworkDaysRecord r = new NetworkDaysRecord();
            r.setUtcDay(month.atDay(d));
            r.setDifficulty(new BigDecimal("150000000000000"));
            r.setBlocks(144);
            r.setSubsidyBtc(new BigDecimal("450"));
            r.setFeesBtc(new BigDecimal("4.5"));
            r.setHashrateEhs(ehs == null ? null : new BigDecimal(ehs));
            r.setSample(false);
            out.add(r);
        }
        return out;
    }

    static MonthlyReportsRecord report(long company, String month, String produced, String held, String installed,
            String operating, String avg, String source, String published) {
        MonthlyReportsRecord r = new MonthlyReportsRecord();
        r.setCompanyId(company);
        r.setReportMonth(YearMonth.parse(month).atDay(1));
        r.setBtcProduced(num(produced));
        r.setBtcHeld(num(held));
        r.setInstalledEhs(num(installed));
        r.setOperatingEhs(num(operating));
        r.setAvgOperatingEhs(num(avg));
        r.setSourceUrl(source);
        r.setPublished(published == null ? null : LocalDate.parse(published));
        r.setSample(false);
        return r;
    }

    private static BigDecimal num(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
