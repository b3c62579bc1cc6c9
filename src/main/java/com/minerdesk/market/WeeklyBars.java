package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Daily bars folded into one row per company and market week: week open = first bar's open,
 * week close = last bar's close, volume = sum, cap = last bar's cap. Holidays simply mean fewer bars.
 */
final class WeeklyBars {
    static final Field<Long> COMPANY_ID = DSL.field(name("w", "company_id"), SQLDataType.BIGINT);
    static final Field<Integer> WEEK_NO = DSL.field(name("w", "week_no"), SQLDataType.INTEGER);
    static final Field<LocalDate> FIRST_DAY = DSL.field(name("w", "first_day"), SQLDataType.LOCALDATE);
    static final Field<LocalDate> LAST_DAY = DSL.field(name("w", "last_day"), SQLDataType.LOCALDATE);
    static final Field<Integer> DAYS = DSL.field(name("w", "days"), SQLDataType.INTEGER);
    static final Field<BigDecimal> OPEN = DSL.field(name("w", "week_open"), SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> CLOSE = DSL.field(name("w", "week_close"), SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> VOLUME = DSL.field(name("w", "volume"), SQLDataType.DECIMAL(24, 0));
    static final Field<Long> CAP = DSL.field(name("w", "cap"), SQLDataType.BIGINT);

    private WeeklyBars() {
    }

    /** The weekly rows of the bars that match {@code where}, as derived table {@code w}. */
    static Table<?> of(Condition where) {
        Field<Integer> weekNo = MarketWeek.numberOf(DAILY_BARS.TRADE_DATE);
        Field<Integer> rnFirst = rowNumber().over(DSL.partitionBy(DAILY_BARS.COMPANY_ID, weekNo)
                .orderBy(DAILY_BARS.TRADE_DATE.asc())).as("rn_first");
        Field<Integer> rnLast = rowNumber().over(DSL.partitionBy(DAILY_BARS.COMPANY_ID, weekNo)
                .orderBy(DAILY_BARS.TRADE_DATE.desc())).as("rn_last");
        Table<?> b = select(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE, DAILY_BARS.OPEN_PRICE,
                DAILY_BARS.CLOSE_PRICE, DAILY_BARS.VOLUME_USD, DAILY_BARS.MARKET_CAP_USD,
                weekNo.as("week_no"), rnFirst, rnLast)
                .from(DAILY_BARS).where(where).asTable("b");
        Field<Long> cid = b.field(DAILY_BARS.COMPANY_ID);
        Field<LocalDate> day = b.field(DAILY_BARS.TRADE_DATE);
        Field<Integer> wk = b.field("week_no", Integer.class);
        Field<Integer> first = b.field("rn_first", Integer.class);
        Field<Integer> last = b.field("rn_last", Integer.class);
        return select(
                cid.as("company_id"),
                wk.as("week_no"),
                min(day).as("first_day"),
                max(day).as("last_day"),
                count().as("days"),
                max(when(first.eq(1), b.field(DAILY_BARS.OPEN_PRICE))).as("week_open"),
                max(when(last.eq(1), b.field(DAILY_BARS.CLOSE_PRICE))).as("week_close"),
                sum(b.field(DAILY_BARS.VOLUME_USD)).as("volume"),
                max(when(last.eq(1), b.field(DAILY_BARS.MARKET_CAP_USD))).as("cap"))
                .from(b)
                .groupBy(cid, wk)
                .asTable("w");
    }

    /** close / open − 1, computed by the database with enough scale for two-decimal percentages. */
    static Field<BigDecimal> change() {
        return CLOSE.cast(SQLDataType.DECIMAL(30, 12)).div(OPEN.cast(SQLDataType.DECIMAL(30, 12)))
                .minus(BigDecimal.ONE);
    }
}
