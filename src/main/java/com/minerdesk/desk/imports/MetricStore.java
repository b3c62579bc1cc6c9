package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.jooq.impl.DSL.excluded;

import com.minerdesk.market.MetricQueries;
import com.minerdesk.market.SectorMetric;
import java.time.LocalDate;
import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Query;

/** Writes the raw sector metrics (one row per date); {@link MetricQueries} reads them. */
public final class MetricStore {
    private static final int BATCH = 2_000;

    private MetricStore() {
    }

    /** Inserts or replaces each metric row, in batches. */
    public static void upsert(DSLContext tx, Collection<SectorMetric> metrics) {
        Query template = tx.insertInto(SECTOR_METRICS, SECTOR_METRICS.METRIC_DATE, SECTOR_METRICS.BTC_PRICE_USD,
                        SECTOR_METRICS.HASHRATE_EHS, SECTOR_METRICS.CASH_COST_PER_BTC, SECTOR_METRICS.ALLIN_COST_PER_BTC)
                .values((LocalDate) null, null, null, null, null)
                .onConflict(SECTOR_METRICS.METRIC_DATE)
                .doUpdate()
                .set(SECTOR_METRICS.BTC_PRICE_USD, excluded(SECTOR_METRICS.BTC_PRICE_USD))
                .set(SECTOR_METRICS.HASHRATE_EHS, excluded(SECTOR_METRICS.HASHRATE_EHS))
                .set(SECTOR_METRICS.CASH_COST_PER_BTC, excluded(SECTOR_METRICS.CASH_COST_PER_BTC))
                .set(SECTOR_METRICS.ALLIN_COST_PER_BTC, excluded(SECTOR_METRICS.ALLIN_COST_PER_BTC));
        Batches.run(tx, template, metrics, BATCH,
                m -> new Object[] {m.date(), m.btcPrice(), m.hashrateEhs(), m.cashCost(), m.allinCost()});
    }

    /** Deletes the metrics of the given dates, in batches. */
    static void delete(DSLContext tx, Collection<LocalDate> dates) {
        Query template = tx.deleteFrom(SECTOR_METRICS).where(SECTOR_METRICS.METRIC_DATE.eq((LocalDate) null));
        Batches.run(tx, template, dates, BATCH, d -> new Object[] {d});
    }
}
