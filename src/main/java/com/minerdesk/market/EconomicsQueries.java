package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** BTC price, hash rate and the cost to produce one BTC, folded into market weeks. */
public final class EconomicsQueries {
    // the metrics with their week number and their order within the week, newest first (derived table m)
    private static final Field<Integer> M_WEEK_NO = DSL.field(name("m", "week_no"), SQLDataType.INTEGER);
    private static final Field<Integer> M_LAST = DSL.field(name("m", "rn_last"), SQLDataType.INTEGER);
    // one row per week: the week's last metrics and its BTC high (derived table e)
    private static final Field<Integer> WEEK_NO = column("week_no", SQLDataType.INTEGER);
    private static final Field<LocalDate> AS_OF = column("as_of", SQLDataType.LOCALDATE);
    private static final Field<BigDecimal> BTC_HIGH = column("btc_high", SQLDataType.DECIMAL(18, 2));
    private static final Field<BigDecimal> BTC_CLOSE = column("btc_close", SQLDataType.DECIMAL(18, 2));
    private static final Field<BigDecimal> HASHRATE = column("hashrate", SQLDataType.DECIMAL(12, 2));
    private static final Field<BigDecimal> CASH_COST = column("cash_cost", SQLDataType.DECIMAL(18, 2));
    private static final Field<BigDecimal> ALLIN_COST = column("allin_cost", SQLDataType.DECIMAL(18, 2));
    private final DSLContext dsl;

    public EconomicsQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The weeks with metrics among the last {@code limit} market weeks, newest first. */
    public List<EconomicsWeek> weeks(int limit) {
        LocalDate latest = dsl.select(max(SECTOR_METRICS.METRIC_DATE)).from(SECTOR_METRICS).fetchOne(0, LocalDate.class);
        if (latest == null) {
            return List.of();
        }
        // bounded by date so that the page costs the same with one year of metrics or twenty
        return weeks(SECTOR_METRICS.METRIC_DATE.ge(MarketWeek.mondayWeeksBack(latest, limit)), limit);
    }

    public Optional<EconomicsWeek> week(LocalDate weekEnd) {
        return weeks(SECTOR_METRICS.METRIC_DATE.between(MarketWeek.monday(weekEnd), weekEnd.plusDays(2)), 1)
                .stream().findFirst();
    }

    private List<EconomicsWeek> weeks(Condition where, int limit) {
        Field<Integer> weekNo = MarketWeek.numberOf(SECTOR_METRICS.METRIC_DATE);
        Field<Integer> rnLast = rowNumber().over(DSL.partitionBy(weekNo).orderBy(SECTOR_METRICS.METRIC_DATE.desc()));
        Table<?> m = select(SECTOR_METRICS.fields()).select(weekNo.as(M_WEEK_NO), rnLast.as(M_LAST))
                .from(SECTOR_METRICS).where(where).asTable("m");
        Condition last = M_LAST.eq(1);
        Table<?> weekly = select(
                M_WEEK_NO.as(WEEK_NO),
                max(m.field(SECTOR_METRICS.METRIC_DATE)).as(AS_OF),
                max(m.field(SECTOR_METRICS.BTC_PRICE_USD)).as(BTC_HIGH),
                max(when(last, m.field(SECTOR_METRICS.BTC_PRICE_USD))).as(BTC_CLOSE),
                max(when(last, m.field(SECTOR_METRICS.HASHRATE_EHS))).as(HASHRATE),
                max(when(last, m.field(SECTOR_METRICS.CASH_COST_PER_BTC))).as(CASH_COST),
                max(when(last, m.field(SECTOR_METRICS.ALLIN_COST_PER_BTC))).as(ALLIN_COST))
                .from(m).groupBy(M_WEEK_NO).asTable("e");
        return dsl.select(WEEK_NO, AS_OF, BTC_HIGH, BTC_CLOSE, HASHRATE, CASH_COST, ALLIN_COST,
                        margin(BTC_CLOSE, CASH_COST), margin(BTC_CLOSE, ALLIN_COST))
                .from(weekly)
                .orderBy(WEEK_NO.desc())
                .limit(limit)
                .fetch(Records.mapping((week, asOf, btcHigh, btcClose, hashrate, cash, allin, cashMargin, allinMargin) ->
                        new EconomicsWeek(MarketWeek.mondayOf(week).plusDays(4), asOf, btcHigh, btcClose, hashrate, cash,
                                allin, cashMargin, allinMargin)));
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("e", name), type);
    }

    /** (price − cost) / price. */
    private static Field<BigDecimal> margin(Field<BigDecimal> price, Field<BigDecimal> cost) {
        Field<BigDecimal> p = price.cast(SQLDataType.DECIMAL(30, 12));
        return p.minus(cost).div(p);
    }
}
