package com.minerdesk.market;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The weekly rows folded into one row per market week, as derived table {@code sector}. The
 * sector's change compares like with like: the total cap at this week's close over the total cap
 * at the previous week's close, both over the companies that have a cap at both closes
 * ({@code compared}); the others are left out of the change (and counted). The headline cap is the
 * total of every company with a cap this week. Gainers and decliners go by the company change.
 */
final class SectorSeries {
    static final Field<Integer> WEEK_NO = column("week_no", SQLDataType.INTEGER);
    static final Field<LocalDate> WEEK_END = column("week_end", SQLDataType.LOCALDATE);
    static final Field<LocalDate> FIRST_DAY = column("first_day", SQLDataType.LOCALDATE);
    static final Field<Integer> TRADING_DAYS = column("trading_days", SQLDataType.INTEGER);
    static final Field<Integer> COMPANIES = column("companies", SQLDataType.INTEGER);
    static final Field<Integer> PREVIOUS_COMPANIES = column("prev_companies", SQLDataType.INTEGER);
    static final Field<Integer> COMPARED = column("compared", SQLDataType.INTEGER);
    static final Field<Integer> CAPS_COMPUTED = column("caps_computed", SQLDataType.INTEGER);
    static final Field<Long> CAP_START = column("cap_start", SQLDataType.BIGINT);
    static final Field<Long> CAP_END_COMPARED = column("cap_end_compared", SQLDataType.BIGINT);
    static final Field<Long> CAP_END = column("cap_end", SQLDataType.BIGINT);
    static final Field<BigDecimal> CAP_CHANGE = column("cap_change_pct", SQLDataType.DECIMAL(30, 12));
    static final Field<Integer> GAINERS = column("gainers", SQLDataType.INTEGER);
    static final Field<Integer> DECLINERS = column("decliners", SQLDataType.INTEGER);
    static final Field<Integer> UNCHANGED = column("unchanged", SQLDataType.INTEGER);
    static final Field<BigDecimal> SHARES = column("week_shares", SQLDataType.DECIMAL(30, 0));
    static final Field<BigDecimal> DOLLAR_VOLUME = column("week_dollar_volume", SQLDataType.DECIMAL(30, 4));

    private SectorSeries() {
    }

    /** The weeks of the bars that match {@code where}. */
    static Table<?> of(Condition where) {
        Table<?> wc = WeeklyChanges.of(where);
        Condition compared = WeeklyChanges.CAP.isNotNull().and(WeeklyChanges.PREVIOUS_CAP.isNotNull());
        var byWeek = DSL.orderBy(WeeklyChanges.WEEK_NO);
        Table<?> s = select(
                WeeklyChanges.WEEK_NO.as(WEEK_NO),
                max(WeeklyChanges.LAST_DAY).as(WEEK_END),
                min(WeeklyChanges.FIRST_DAY).as(FIRST_DAY),
                max(WeeklyChanges.DAYS).as(TRADING_DAYS),
                count().as(COMPANIES),
                lag(count()).over(byWeek).as("lag_companies"),
                lag(WeeklyChanges.WEEK_NO).over(byWeek).as("lag_week_no"),
                count().filterWhere(compared).as(COMPARED),
                count().filterWhere(WeeklyChanges.CAP.isNotNull().and(WeeklyChanges.CAP_IMPORTED.isFalse())).as(CAPS_COMPUTED),
                sum(WeeklyChanges.PREVIOUS_CAP).filterWhere(compared).as(CAP_START),
                sum(WeeklyChanges.CAP).filterWhere(compared).as(CAP_END_COMPARED),
                sum(WeeklyChanges.CAP).as(CAP_END),
                count().filterWhere(WeeklyChanges.CHANGE.gt(BigDecimal.ZERO)).as(GAINERS),
                count().filterWhere(WeeklyChanges.CHANGE.lt(BigDecimal.ZERO)).as(DECLINERS),
                count().filterWhere(WeeklyChanges.CHANGE.eq(BigDecimal.ZERO)).as(UNCHANGED),
                sum(WeeklyChanges.SHARES).as(SHARES),
                sum(WeeklyChanges.DOLLAR_VOLUME).as(DOLLAR_VOLUME))
                .from(wc)
                .groupBy(WeeklyChanges.WEEK_NO)
                .asTable("s");
        Field<Integer> previousCompanies = when(inner("lag_week_no", SQLDataType.INTEGER).eq(inner(WEEK_NO).minus(1)),
                inner("lag_companies", SQLDataType.INTEGER)).otherwise(0);
        return select(inner(WEEK_NO), inner(WEEK_END), inner(FIRST_DAY), inner(TRADING_DAYS), inner(COMPANIES),
                        previousCompanies.as(PREVIOUS_COMPANIES.getName()), inner(COMPARED), inner(CAPS_COMPUTED),
                        inner(CAP_START), inner(CAP_END_COMPARED), inner(CAP_END), inner(GAINERS), inner(DECLINERS), inner(UNCHANGED),
                        inner(SHARES), inner(DOLLAR_VOLUME))
                .select(WeekQueries.ratioMinusOne(inner(CAP_END_COMPARED), inner(CAP_START)).as(CAP_CHANGE))
                .from(s)
                .asTable("sector");
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("sector", name), type);
    }

    /** A column as the inner table {@code s} names it, before the change is added. */
    private static <T> Field<T> inner(Field<T> column) {
        return inner(column.getName(), column.getDataType());
    }

    private static <T> Field<T> inner(String name, DataType<T> type) {
        return DSL.field(name("s", name), type);
    }
}
