package com.minerdesk.network;

import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import com.minerdesk.db.generated.tables.NetworkDays;
import com.minerdesk.db.generated.tables.SectorMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record18;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The network figures, computed in SQL from the current versions of the stored days (V47
 * {@code network_days}) and the site's BTC price ({@code sector_metrics}):
 * <ul>
 * <li>estimated hash rate (EH/s) = difficulty × 2³² × blocks ÷ 86,400 s ÷ 10¹⁸, used when the source gave none;
 * <li>hashvalue (BTC per PH/s per day) = (subsidy + fees) ÷ (hash rate in EH/s × 1,000);
 * <li>hashprice (USD per PH/s per day) = hashvalue × BTC price;
 * <li>production benchmark (BTC per EH/s per day) = (subsidy + fees) ÷ hash rate in EH/s;
 * <li>fee share = fees ÷ (subsidy + fees).
 * </ul>
 */
public final class NetworkQueries {
    /** A day without a price of its own (a weekend, a holiday) takes the latest one at most this many days before. */
    static final int PRICE_LOOKBACK_DAYS = 3;
    private static final NetworkDays N = NETWORK_DAYS;
    private static final SectorMetrics P = SECTOR_METRICS.as("p");
    private static final double TWO_POW_32 = 4_294_967_296d;
    private static final Field<BigDecimal> EHS = DSL.field(DSL.name("hashrate_used_ehs"), BigDecimal.class);
    private static final Field<BigDecimal> HASHVALUE_BTC = DSL.field(DSL.name("hashvalue_btc"), BigDecimal.class);
    private static final Field<BigDecimal> HASHPRICE_USD = DSL.field(DSL.name("hashprice_usd"), BigDecimal.class);
    private final DSLContext dsl;

    public NetworkQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest day stored, if any. */
    public Optional<LocalDate> latestDay() {
        return Optional.ofNullable(dsl.select(max(N.UTC_DAY)).from(N).where(N.IS_CURRENT.isTrue()).fetchOne(0, LocalDate.class));
    }

    /** The days from {@code from} to {@code to}, oldest first (either bound may be null: open). */
    public List<NetworkDay> days(LocalDate from, LocalDate to) {
        return daysSelect(from, to).orderBy(N.UTC_DAY).fetch(Records.mapping(NetworkDay::new));
    }

    /**
     * The 7 UTC days ending on {@code lastDay} (a market week's Friday and the six days before): the
     * mean of each day's figures, over the days stored and, for hashprice, the days with a price.
     */
    public NetworkWeek week(LocalDate lastDay) {
        LocalDate first = lastDay.minusDays(NetworkWeek.DAYS - 1L);
        Table<?> d = daysSelect(first, lastDay).asTable("d");
        Field<BigDecimal> hashprice = d.field(HASHPRICE_USD);
        return dsl.select(DSL.count(), DSL.count(hashprice), DSL.count(d.field(N.HASHRATE_EHS)),
                        DSL.avg(hashprice), DSL.avg(d.field(HASHVALUE_BTC)), DSL.avg(d.field(EHS)))
                .from(d)
                .fetchOne(r -> new NetworkWeek(first, lastDay, r.value1(), r.value2(), r.value1() - r.value3(),
                        r.value4(), r.value5(), r.value6()));
    }

    private SelectConditionStep<Record18<LocalDate, BigDecimal, Integer, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal, LocalDate, BigDecimal, Integer, String, Boolean, Long>>
            daysSelect(LocalDate from, LocalDate to) {
        Condition where = N.IS_CURRENT.isTrue();
        if (from != null) {
            where = where.and(N.UTC_DAY.ge(from));
        }
        if (to != null) {
            where = where.and(N.UTC_DAY.le(to));
        }
        Field<Double> estimate = N.DIFFICULTY.cast(SQLDataType.DOUBLE).mul(inline(TWO_POW_32)).mul(N.BLOCKS)
                .div(inline(86_400d)).div(inline(1e18));
        Field<Double> ehs = coalesce(N.HASHRATE_EHS.cast(SQLDataType.DOUBLE), nullif(estimate, inline(0d)));
        Field<BigDecimal> reward = N.SUBSIDY_BTC.add(N.FEES_BTC);
        Field<Double> hashvalue = reward.cast(SQLDataType.DOUBLE).div(ehs.mul(inline(1000d)));
        Field<LocalDate> priceDay = select(max(SECTOR_METRICS.METRIC_DATE)).from(SECTOR_METRICS)
                .where(SECTOR_METRICS.METRIC_DATE.le(N.UTC_DAY))
                .and(SECTOR_METRICS.METRIC_DATE.ge(N.UTC_DAY.minus(PRICE_LOOKBACK_DAYS)))
                .asField();
        return dsl.select(N.UTC_DAY, N.DIFFICULTY, N.BLOCKS, N.SUBSIDY_BTC, N.FEES_BTC, reward.as("reward_btc"),
                        when(reward.gt(BigDecimal.ZERO), N.FEES_BTC.cast(SQLDataType.DOUBLE).div(reward.cast(SQLDataType.DOUBLE)))
                                .coerce(BigDecimal.class).as("fee_share"),
                        ehs.coerce(BigDecimal.class).as(EHS), N.HASHRATE_EHS,
                        hashvalue.coerce(BigDecimal.class).as(HASHVALUE_BTC),
                        reward.cast(SQLDataType.DOUBLE).div(ehs).coerce(BigDecimal.class).as("benchmark_btc"),
                        P.BTC_PRICE_USD, P.METRIC_DATE,
                        hashvalue.mul(P.BTC_PRICE_USD.cast(SQLDataType.DOUBLE)).coerce(BigDecimal.class).as(HASHPRICE_USD),
                        N.VERSION, N.SOURCE_URL, N.SAMPLE, N.IMPORT_ID)
                .from(N)
                .leftJoin(P).on(P.METRIC_DATE.eq(priceDay))
                .where(where);
    }

    /**
     * For each of {@code days} that has an earlier version, the one it replaced (the newest earlier
     * version): what the pages show as "restated from".
     */
    public Map<LocalDate, Replaced> replaced(List<LocalDate> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        var older = NETWORK_DAYS.as("o");
        return dsl.select(older.UTC_DAY, older.DIFFICULTY, older.BLOCKS, older.SUBSIDY_BTC, older.FEES_BTC, older.HASHRATE_EHS,
                        older.SOURCE_URL, N.RECORDED_AT)
                .from(older)
                .join(N).on(N.UTC_DAY.eq(older.UTC_DAY)).and(N.IS_CURRENT.isTrue()).and(N.VERSION.eq(older.VERSION.plus(1)))
                .where(older.UTC_DAY.in(days))
                .fetch(Records.mapping((day, difficulty, blocks, subsidy, fees, hashrate, source, at) ->
                        new Replaced(day, difficulty, blocks, subsidy, fees, hashrate, source, at.toLocalDate())))
                .stream().collect(Collectors.toMap(Replaced::day, r -> r));
    }

    /** The version a restatement replaced, and the day the restatement was recorded. */
    public record Replaced(LocalDate day, BigDecimal difficulty, int blocks, BigDecimal subsidyBtc, BigDecimal feesBtc,
            BigDecimal hashrateEhs, String sourceUrl, LocalDate restatedOn) {
    }
}
