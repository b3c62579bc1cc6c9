package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Daily bars folded into one row per company and market week: week open = first bar's open,
 * week close = last bar's close, shares = shares traded over the week, dollar volume = the sum of
 * each day's close × shares, cap = the last bar's cap (imported, or computed from the shares
 * outstanding: {@link MarketCaps}). Holidays simply mean fewer bars.
 */
final class WeeklyBars {
    static final Field<Long> COMPANY_ID = DSL.field(name("w", "company_id"), SQLDataType.BIGINT);
    static final Field<Integer> WEEK_NO = DSL.field(name("w", "week_no"), SQLDataType.INTEGER);
    static final Field<LocalDate> FIRST_DAY = DSL.field(name("w", "first_day"), SQLDataType.LOCALDATE);
    static final Field<LocalDate> LAST_DAY = DSL.field(name("w", "last_day"), SQLDataType.LOCALDATE);
    static final Field<Integer> DAYS = DSL.field(name("w", "days"), SQLDataType.INTEGER);
    static final Field<BigDecimal> OPEN = DSL.field(name("w", "week_open"), SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> CLOSE = DSL.field(name("w", "week_close"), SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> SHARES = DSL.field(name("w", "shares"), SQLDataType.DECIMAL(24, 0));
    static final Field<BigDecimal> DOLLAR_VOLUME = DSL.field(name("w", "dollar_volume"), SQLDataType.DECIMAL(30, 4));
    static final Field<Long> CAP = DSL.field(name("w", "cap"), SQLDataType.BIGINT);
    static final Field<Boolean> CAP_IMPORTED = DSL.field(name("w", "cap_imported"), SQLDataType.BOOLEAN);

    private WeeklyBars() {
    }

    /**
     * The weekly rows of the bars that match {@code where}, as derived table {@code w}. The bars are
     * grouped per company and week first; the open of the first bar and the close and cap of the last
     * are then read by primary key. That is several times cheaper than ranking every bar with window
     * functions, which matters as the history grows.
     */
    static Table<?> of(Condition where) {
        Field<Integer> weekNo = MarketWeek.numberOf(DAILY_BARS.TRADE_DATE);
        Table<?> g = select(
                DAILY_BARS.COMPANY_ID.as("company_id"),
                weekNo.as("week_no"),
                min(DAILY_BARS.TRADE_DATE).as("first_day"),
                max(DAILY_BARS.TRADE_DATE).as("last_day"),
                count().as("days"),
                sum(DAILY_BARS.VOLUME_SHARES).as("shares"),
                sum(DAILY_BARS.CLOSE_PRICE.times(DAILY_BARS.VOLUME_SHARES)).as("dollar_volume"))
                .from(DAILY_BARS).where(where)
                .groupBy(DAILY_BARS.COMPANY_ID, weekNo)
                .asTable("g");
        var first = DAILY_BARS.as("fb");
        var last = DAILY_BARS.as("lb");
        Field<Long> cid = g.field("company_id", Long.class);
        return select(
                cid.as("company_id"),
                g.field("week_no", Integer.class).as("week_no"),
                g.field("first_day", LocalDate.class).as("first_day"),
                g.field("last_day", LocalDate.class).as("last_day"),
                g.field("days", Integer.class).as("days"),
                first.OPEN_PRICE.as("week_open"),
                last.CLOSE_PRICE.as("week_close"),
                g.field("shares", BigDecimal.class).as("shares"),
                g.field("dollar_volume", BigDecimal.class).as("dollar_volume"),
                MarketCaps.of(last).as("cap"),
                MarketCaps.imported(last).as("cap_imported"))
                .from(g)
                .join(first).on(first.COMPANY_ID.eq(cid).and(first.TRADE_DATE.eq(g.field("first_day", LocalDate.class))))
                .join(last).on(last.COMPANY_ID.eq(cid).and(last.TRADE_DATE.eq(g.field("last_day", LocalDate.class))))
                .asTable("w");
    }
}
