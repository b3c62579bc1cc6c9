package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.SelectSelectStep;

/** The raw sector metrics as stored, one row per date (the economics weeks fold them, the desk edits them). */
public final class MetricQueries {
    private final DSLContext dsl;

    public MetricQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every metric, oldest first. */
    public List<SectorMetric> all() {
        return select().from(SECTOR_METRICS).orderBy(SECTOR_METRICS.METRIC_DATE).fetch(Records.mapping(SectorMetric::new));
    }

    /** The newest {@code limit} metrics, newest first. */
    public List<SectorMetric> latest(int limit) {
        return select().from(SECTOR_METRICS).orderBy(SECTOR_METRICS.METRIC_DATE.desc()).limit(limit)
                .fetch(Records.mapping(SectorMetric::new));
    }

    public Optional<SectorMetric> on(LocalDate date) {
        return select().from(SECTOR_METRICS).where(SECTOR_METRICS.METRIC_DATE.eq(date))
                .fetchOptional(Records.mapping(SectorMetric::new));
    }

    /** The stored metrics from {@code from} to {@code to}, by date. */
    public Map<LocalDate, SectorMetric> between(LocalDate from, LocalDate to) {
        return select().from(SECTOR_METRICS).where(SECTOR_METRICS.METRIC_DATE.between(from, to))
                .fetch(Records.mapping(SectorMetric::new)).stream()
                .collect(Collectors.toMap(SectorMetric::date, Function.identity()));
    }

    private SelectSelectStep<Record5<LocalDate, BigDecimal, BigDecimal, BigDecimal, BigDecimal>> select() {
        return dsl.select(SECTOR_METRICS.METRIC_DATE, SECTOR_METRICS.BTC_PRICE_USD, SECTOR_METRICS.HASHRATE_EHS,
                SECTOR_METRICS.CASH_COST_PER_BTC, SECTOR_METRICS.ALLIN_COST_PER_BTC);
    }
}
