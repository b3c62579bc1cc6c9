package com.minerdesk.demo;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static com.minerdesk.db.generated.Tables.SITE_STATE;

import com.minerdesk.db.BulkInsert;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.DailyBarsRecord;
import com.minerdesk.db.generated.tables.records.SectorMetricsRecord;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.LedgerSave;
import com.minerdesk.network.NetworkDayKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data set: loaded into an empty database only, and flagged so that every page says the
 * numbers are samples. Only the figures the facts sheet reports are real.
 */
public final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    /** Who and when the import log names for the demo set's ledger rows. */
    private static final ImportActor DEMO = new ImportActor(null, "Demo data");
    private static final OffsetDateTime DEMO_RECORDED_AT = OffsetDateTime.of(2025, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private DemoData() {
    }

    /** Loads the demo set when the database has no company yet; returns whether it did. */
    public static boolean loadIfEmpty(Database db) {
        if (db.dsl().fetchCount(COMPANIES) > 0) {
            return false;
        }
        db.writeVoid(DemoData::load);
        LOG.debug("Loaded the demo data set (sample values; reference week ending {})", DemoPrices.REFERENCE_WEEK_END);
        return true;
    }

    static void load(DSLContext tx) {
        List<DemoCompany> companies = DemoUniverse.companies();
        Map<String, Long> ids = new HashMap<>();
        for (DemoCompany c : companies) {
            Long id = tx.insertInto(COMPANIES)
                    .set(COMPANIES.TICKER, c.ticker())
                    .set(COMPANIES.NAME, c.name())
                    .set(COMPANIES.EXCHANGE, c.exchange())
                    .set(COMPANIES.COUNTRY, c.country())
                    .set(COMPANIES.WEBSITE, c.website())
                    .set(COMPANIES.PROFILE, c.profile())
                    .set(COMPANIES.AI_HPC_STATUS, c.status())
                    .returning(COMPANIES.ID)
                    .fetchOne(COMPANIES.ID);
            ids.put(c.ticker(), id);
        }
        List<DailyBarsRecord> bars = new ArrayList<>();
        for (DemoPrices.Bar b : new DemoPrices(companies).bars()) {
            bars.add(new DailyBarsRecord(ids.get(b.ticker()), b.date(), b.open(), b.high(), b.low(), b.close(),
                    b.shares(), b.cap()));
        }
        BulkInsert.into(tx, DAILY_BARS, bars);
        BulkInsert.into(tx, SECTOR_METRICS, metrics());
        Map<String, Long> pivotIds = new HashMap<>();
        for (DemoPivots.Pivot p : DemoPivots.all()) {
            Long pivotId = tx.insertInto(PIVOT_EVENTS)
                    .set(PIVOT_EVENTS.COMPANY_ID, ids.get(p.ticker()))
                    .set(PIVOT_EVENTS.EVENT_DATE, p.date())
                    .set(PIVOT_EVENTS.DATE_PRECISION, p.precision())
                    .set(PIVOT_EVENTS.COUNTERPARTY, p.counterparty())
                    .set(PIVOT_EVENTS.KIND, p.kind())
                    .set(PIVOT_EVENTS.AMOUNT_USD, p.amountUsd())
                    .set(PIVOT_EVENTS.CAPACITY_MW, p.capacityMw() == null ? null : BigDecimal.valueOf(p.capacityMw()))
                    .set(PIVOT_EVENTS.SUMMARY, p.summary())
                    .set(PIVOT_EVENTS.SOURCE_NAME, p.sourceName())
                    .set(PIVOT_EVENTS.SOURCE_URL, p.sourceUrl())
                    .returning(PIVOT_EVENTS.ID)
                    .fetchOne(PIVOT_EVENTS.ID);
            pivotIds.put(p.ticker() + " " + p.date(), pivotId);
        }
        LedgerSave.rows(tx, DEMO_RECORDED_AT, DEMO, "demo data (sample network days)", NetworkDayKind.KIND, DemoNetwork.days());
        DemoContracts.load(tx, ids, pivotIds);
        DemoProduction.load(tx, companies, ids);
        tx.update(SITE_STATE).set(SITE_STATE.DEMO_DATA, true).where(SITE_STATE.ID.eq(1)).execute();
    }

    /**
     * Sector metrics per trading day. The reference week is as reported (BTC touching about 91,000 and
     * closing near 90,000, hash rate past 1,000 EH/s, cash cost 74,600, all-in cost 137,800); earlier
     * weeks are sample values that drift towards it.
     */
    static List<SectorMetricsRecord> metrics() {
        Map<LocalDate, Integer> reference = Map.of(
                LocalDate.of(2025, 11, 24), 88_250,
                LocalDate.of(2025, 11, 25), 87_600,
                LocalDate.of(2025, 11, 26), 91_020,
                LocalDate.of(2025, 11, 28), 90_000);
        List<LocalDate> days = DemoPrices.tradingDays();
        List<SectorMetricsRecord> out = new ArrayList<>();
        int n = days.size();
        for (int i = 0; i < n; i++) {
            LocalDate d = days.get(i);
            double progress = (double) i / (n - 1);
            int weekIndex = i / 5;
            double btc = reference.containsKey(d) ? reference.get(d)
                    : 112_000 - 22_000 * progress + 2_500 * Math.sin(i * 0.9);
            double hashrate = d.isBefore(DemoPrices.REFERENCE_MONDAY)
                    ? 935 + 60 * progress + 6 * Math.sin(i * 1.3)
                    : 1_004 + (d.getDayOfMonth() - 24) * 2.0;
            boolean refWeek = !d.isBefore(DemoPrices.REFERENCE_MONDAY);
            double cash = refWeek ? 74_600 : 71_800 + weekIndex * 240;
            double allin = refWeek ? 137_800 : 132_600 + weekIndex * 430;
            out.add(new SectorMetricsRecord(d, money(btc), BigDecimal.valueOf(Math.round(hashrate * 10) / 10.0),
                    money(cash), money(allin)));
        }
        return out;
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(Math.round(v)).setScale(2);
    }
}
