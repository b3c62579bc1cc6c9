package com.minerdesk.desk.imports;

import com.minerdesk.market.SectorMetric;
import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.IMPORTS;
import static com.minerdesk.db.generated.Tables.IMPORT_BAR_ROWS;
import static com.minerdesk.db.generated.Tables.IMPORT_METRIC_ROWS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import com.minerdesk.db.generated.tables.ImportBarRows;
import com.minerdesk.db.generated.tables.ImportMetricRows;
import com.minerdesk.market.DailyBar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Query;

/**
 * What each entry of the import log found in the rows it wrote: the old values of a row it replaced
 * or deleted, the key of a row it added. Written in the entry's transaction; read to undo it.
 */
public final class ChangeJournal {
    private static final int BATCH = 5_000;

    private ChangeJournal() {
    }

    /** Records the bars an entry writes or deletes, with the stored bars they replace ({@code previous}). */
    static void bars(DSLContext tx, long entryId, Collection<BarKey> keys, Map<BarKey, DailyBar> previous) {
        ImportBarRows j = IMPORT_BAR_ROWS;
        Query template = tx.insertInto(j, j.IMPORT_ID, j.COMPANY_ID, j.TRADE_DATE, j.EXISTED, j.OPEN_PRICE, j.HIGH_PRICE,
                j.LOW_PRICE, j.CLOSE_PRICE, j.VOLUME_SHARES, j.MARKET_CAP_USD)
                .values((Long) null, (Long) null, (LocalDate) null, (Boolean) null, (BigDecimal) null, null, null, null,
                        (Long) null, (Long) null);
        Batches.run(tx, template, keys, BATCH, k -> {
            DailyBar old = previous.get(k);
            return old == null
                    ? new Object[] {entryId, k.companyId(), k.date(), false, null, null, null, null, null, null}
                    : new Object[] {entryId, k.companyId(), k.date(), true, old.open(), old.high(), old.low(), old.close(),
                        old.shares(), old.marketCap()};
        });
    }

    /** Records the sector-metric dates an entry writes, with the stored metrics they replace. */
    public static void metrics(DSLContext tx, long entryId, Collection<LocalDate> dates, Map<LocalDate, SectorMetric> previous) {
        ImportMetricRows j = IMPORT_METRIC_ROWS;
        Query template = tx.insertInto(j, j.IMPORT_ID, j.METRIC_DATE, j.EXISTED, j.BTC_PRICE_USD, j.HASHRATE_EHS,
                j.CASH_COST_PER_BTC, j.ALLIN_COST_PER_BTC)
                .values((Long) null, (LocalDate) null, (Boolean) null, (BigDecimal) null, null, null, null);
        Batches.run(tx, template, dates, BATCH, d -> {
            SectorMetric old = previous.get(d);
            return old == null
                    ? new Object[] {entryId, d, false, null, null, null, null}
                    : new Object[] {entryId, d, true, old.btcPrice(), old.hashrateEhs(), old.cashCost(), old.allinCost()};
        });
    }

    /** The bars as they were before the entry, for the rows that existed then. */
    static List<StoredBar> previousBars(DSLContext dsl, long entryId) {
        ImportBarRows j = IMPORT_BAR_ROWS;
        return dsl.selectFrom(j).where(j.IMPORT_ID.eq(entryId)).and(j.EXISTED.isTrue())
                .fetch(r -> new StoredBar(r.getCompanyId(), new DailyBar(r.getTradeDate(), r.getOpenPrice(),
                        r.getHighPrice(), r.getLowPrice(), r.getClosePrice(), r.getVolumeShares(), r.getMarketCapUsd())));
    }

    /** The keys of the bars the entry added. */
    static List<BarKey> addedBars(DSLContext dsl, long entryId) {
        ImportBarRows j = IMPORT_BAR_ROWS;
        return dsl.select(j.COMPANY_ID, j.TRADE_DATE).from(j).where(j.IMPORT_ID.eq(entryId)).and(j.EXISTED.isFalse())
                .fetch(Records.mapping(BarKey::new));
    }

    static List<SectorMetric> previousMetrics(DSLContext dsl, long entryId) {
        ImportMetricRows j = IMPORT_METRIC_ROWS;
        return dsl.selectFrom(j).where(j.IMPORT_ID.eq(entryId)).and(j.EXISTED.isTrue())
                .fetch(r -> new SectorMetric(r.getMetricDate(), r.getBtcPriceUsd(), r.getHashrateEhs(),
                        r.getCashCostPerBtc(), r.getAllinCostPerBtc()));
    }

    static List<LocalDate> addedMetrics(DSLContext dsl, long entryId) {
        ImportMetricRows j = IMPORT_METRIC_ROWS;
        return dsl.select(j.METRIC_DATE).from(j).where(j.IMPORT_ID.eq(entryId)).and(j.EXISTED.isFalse())
                .fetch(j.METRIC_DATE);
    }

    /**
     * The later entries, not rolled back, that wrote one of the rows this entry wrote, newest first:
     * undoing this entry first would overwrite their rows.
     */
    static List<Long> laterOnSameRows(DSLContext dsl, long entryId) {
        ImportBarRows a = IMPORT_BAR_ROWS.as("a");
        ImportBarRows b = IMPORT_BAR_ROWS.as("b");
        ImportMetricRows ma = IMPORT_METRIC_ROWS.as("ma");
        ImportMetricRows mb = IMPORT_METRIC_ROWS.as("mb");
        return dsl.selectDistinct(b.IMPORT_ID).from(a)
                .join(b).on(b.COMPANY_ID.eq(a.COMPANY_ID)).and(b.TRADE_DATE.eq(a.TRADE_DATE)).and(b.IMPORT_ID.gt(a.IMPORT_ID))
                .join(IMPORTS).on(IMPORTS.ID.eq(b.IMPORT_ID))
                .where(a.IMPORT_ID.eq(entryId)).and(IMPORTS.ROLLED_BACK_AT.isNull())
                .union(dsl.selectDistinct(mb.IMPORT_ID).from(ma)
                        .join(mb).on(mb.METRIC_DATE.eq(ma.METRIC_DATE)).and(mb.IMPORT_ID.gt(ma.IMPORT_ID))
                        .join(IMPORTS).on(IMPORTS.ID.eq(mb.IMPORT_ID))
                        .where(ma.IMPORT_ID.eq(entryId)).and(IMPORTS.ROLLED_BACK_AT.isNull()))
                .fetch(0, Long.class).stream().sorted((x, y) -> Long.compare(y, x)).toList();
    }

    /** What each of the given entries changed, per company for bars (one line for sector metrics). */
    static Map<Long, List<RowsChanged>> summaries(DSLContext dsl, Collection<Long> entryIds) {
        Map<Long, Map<String, RowsChanged>> out = new LinkedHashMap<>();
        ImportBarRows j = IMPORT_BAR_ROWS;
        Field<Integer> bars = count();
        Field<LocalDate> firstBar = min(j.TRADE_DATE);
        Field<LocalDate> lastBar = max(j.TRADE_DATE);
        dsl.select(j.IMPORT_ID, COMPANIES.TICKER, j.EXISTED, bars, firstBar, lastBar)
                .from(j).join(COMPANIES).on(COMPANIES.ID.eq(j.COMPANY_ID))
                .where(j.IMPORT_ID.in(entryIds))
                .groupBy(j.IMPORT_ID, COMPANIES.TICKER, j.EXISTED)
                .orderBy(j.IMPORT_ID, COMPANIES.TICKER)
                .forEach(r -> add(out, r.get(j.IMPORT_ID), r.get(COMPANIES.TICKER), r.get(j.EXISTED), r.get(bars),
                        r.get(firstBar), r.get(lastBar)));
        ImportMetricRows m = IMPORT_METRIC_ROWS;
        Field<LocalDate> firstDate = min(m.METRIC_DATE);
        Field<LocalDate> lastDate = max(m.METRIC_DATE);
        dsl.select(m.IMPORT_ID, m.EXISTED, bars, firstDate, lastDate)
                .from(m).where(m.IMPORT_ID.in(entryIds))
                .groupBy(m.IMPORT_ID, m.EXISTED)
                .forEach(r -> add(out, r.get(m.IMPORT_ID), "Sector metrics", r.get(m.EXISTED), r.get(bars),
                        r.get(firstDate), r.get(lastDate)));
        Map<Long, List<RowsChanged>> lists = new LinkedHashMap<>();
        out.forEach((id, bySubject) -> lists.put(id, List.copyOf(bySubject.values())));
        return lists;
    }

    private static void add(Map<Long, Map<String, RowsChanged>> out, long id, String subject, boolean existed, int rows,
            LocalDate first, LocalDate last) {
        RowsChanged part = new RowsChanged(subject, existed ? 0 : rows, existed ? rows : 0, first, last);
        out.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(subject, part, RowsChanged::plus);
    }
}
