package com.minerdesk.market;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The weekly rows folded into one row per market week, as derived table {@code sector}: total cap
 * at the week's close, at the previous week's close (lag) and its change, gainers and decliners.
 * The first week of the range has no previous week inside it, so no change.
 */
final class SectorSeries {
    static final Field<Integer> WEEK_NO = column("week_no", SQLDataType.INTEGER);
    static final Field<LocalDate> WEEK_END = column("week_end", SQLDataType.LOCALDATE);
    static final Field<LocalDate> FIRST_DAY = column("first_day", SQLDataType.LOCALDATE);
    static final Field<Integer> TRADING_DAYS = column("trading_days", SQLDataType.INTEGER);
    static final Field<Integer> COMPANIES = column("companies", SQLDataType.INTEGER);
    static final Field<Long> CAP_START = column("cap_start", SQLDataType.BIGINT);
    static final Field<Long> CAP_END = column("cap_end", SQLDataType.BIGINT);
    static final Field<BigDecimal> CAP_CHANGE = column("cap_change_pct", SQLDataType.DECIMAL(30, 12));
    static final Field<Integer> GAINERS = column("gainers", SQLDataType.INTEGER);
    static final Field<Integer> DECLINERS = column("decliners", SQLDataType.INTEGER);
    static final Field<BigDecimal> VOLUME = column("week_volume", SQLDataType.DECIMAL(30, 0));

    private SectorSeries() {
    }

    /** The weeks of the bars that match {@code where}. */
    static Table<?> of(Condition where) {
        Table<?> w = WeeklyBars.of(where);
        Field<BigDecimal> capEnd = sum(WeeklyBars.CAP);
        Table<?> s = select(
                WeeklyBars.WEEK_NO.as(WEEK_NO),
                max(WeeklyBars.LAST_DAY).as(WEEK_END),
                min(WeeklyBars.FIRST_DAY).as(FIRST_DAY),
                max(WeeklyBars.DAYS).as(TRADING_DAYS),
                count().as(COMPANIES),
                capEnd.as(CAP_END),
                sum(WeeklyBars.VOLUME).as(VOLUME),
                lag(capEnd).over(DSL.orderBy(WeeklyBars.WEEK_NO)).as(CAP_START),
                count().filterWhere(WeeklyBars.CLOSE.gt(WeeklyBars.OPEN)).as(GAINERS),
                count().filterWhere(WeeklyBars.CLOSE.lt(WeeklyBars.OPEN)).as(DECLINERS))
                .from(w)
                .groupBy(WeeklyBars.WEEK_NO)
                .asTable("s");
        return select(s.fields())
                .select(WeekQueries.ratioMinusOne(inner(CAP_END), inner(CAP_START)).as(CAP_CHANGE))
                .from(s)
                .asTable("sector");
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("sector", name), type);
    }

    /** A column as the inner table {@code s} names it, before the change is added. */
    private static <T> Field<T> inner(Field<T> column) {
        return DSL.field(name("s", column.getName()), column.getDataType());
    }
}
