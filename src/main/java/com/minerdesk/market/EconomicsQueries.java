package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** BTC price, hash rate and the cost to produce one BTC, folded into market weeks. */
public final class EconomicsQueries {
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
        Table<?> m = select(SECTOR_METRICS.fields()).select(weekNo.as("week_no"), rnLast.as("rn_last"))
                .from(SECTOR_METRICS).where(where).asTable("m");
        Field<Integer> wk = m.field("week_no", Integer.class);
        Condition last = m.field("rn_last", Integer.class).eq(1);
        Table<?> weekly = select(
                wk.as("week_no"),
                max(m.field(SECTOR_METRICS.METRIC_DATE)).as("as_of"),
                max(m.field(SECTOR_METRICS.BTC_PRICE_USD)).as("btc_high"),
                max(when(last, m.field(SECTOR_METRICS.BTC_PRICE_USD))).as("btc_close"),
                max(when(last, m.field(SECTOR_METRICS.HASHRATE_EHS))).as("hashrate"),
                max(when(last, m.field(SECTOR_METRICS.CASH_COST_PER_BTC))).as("cash_cost"),
                max(when(last, m.field(SECTOR_METRICS.ALLIN_COST_PER_BTC))).as("allin_cost"))
                .from(m).groupBy(wk).asTable("e");
        Field<BigDecimal> btc = weekly.field("btc_close", BigDecimal.class);
        Field<BigDecimal> cash = weekly.field("cash_cost", BigDecimal.class);
        Field<BigDecimal> allin = weekly.field("allin_cost", BigDecimal.class);
        return dsl.select(weekly.fields())
                .select(margin(btc, cash).as("cash_margin"), margin(btc, allin).as("allin_margin"))
                .from(weekly)
                .orderBy(weekly.field("week_no").desc())
                .limit(limit)
                .fetch(r -> new EconomicsWeek(
                        MarketWeek.mondayOf(r.get("week_no", Integer.class)).plusDays(4),
                        r.get("as_of", LocalDate.class),
                        r.get("btc_high", BigDecimal.class),
                        r.get("btc_close", BigDecimal.class),
                        r.get("hashrate", BigDecimal.class),
                        r.get("cash_cost", BigDecimal.class),
                        r.get("allin_cost", BigDecimal.class),
                        r.get("cash_margin", BigDecimal.class),
                        r.get("allin_margin", BigDecimal.class)));
    }

    /** (price − cost) / price. */
    private static Field<BigDecimal> margin(Field<BigDecimal> price, Field<BigDecimal> cost) {
        Field<BigDecimal> p = price.cast(SQLDataType.DECIMAL(30, 12));
        return p.minus(cost).div(p);
    }
}
