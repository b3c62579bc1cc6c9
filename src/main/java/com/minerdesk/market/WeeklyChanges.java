package com.minerdesk.market;

import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.WindowSpecification;
import org.jooq.impl.DSL;

/**
 * The weekly rows with the company's close and cap of the previous market week, as derived table
 * {@code wc}, and the one definition of a company's weekly change: this week's last close over the
 * previous week's last close, − 1. A company without a bar in the previous week (the week number
 * just before) has no previous close and no change. The bars read must reach back to that week.
 */
final class WeeklyChanges {
    static final Field<Long> COMPANY_ID = column(WeeklyBars.COMPANY_ID);
    static final Field<Integer> WEEK_NO = column(WeeklyBars.WEEK_NO);
    static final Field<LocalDate> FIRST_DAY = column(WeeklyBars.FIRST_DAY);
    static final Field<LocalDate> LAST_DAY = column(WeeklyBars.LAST_DAY);
    static final Field<Integer> DAYS = column(WeeklyBars.DAYS);
    static final Field<BigDecimal> OPEN = column(WeeklyBars.OPEN);
    static final Field<BigDecimal> CLOSE = column(WeeklyBars.CLOSE);
    static final Field<BigDecimal> SHARES = column(WeeklyBars.SHARES);
    static final Field<BigDecimal> DOLLAR_VOLUME = column(WeeklyBars.DOLLAR_VOLUME);
    static final Field<Long> CAP = column(WeeklyBars.CAP);
    static final Field<Boolean> CAP_IMPORTED = column(WeeklyBars.CAP_IMPORTED);
    static final Field<BigDecimal> PREVIOUS_CLOSE = column("prev_close", WeeklyBars.CLOSE.getDataType());
    static final Field<Long> PREVIOUS_CAP = column("prev_cap", WeeklyBars.CAP.getDataType());
    static final Field<BigDecimal> CHANGE = column("change", WeekQueries.ratioMinusOne(WeeklyBars.CLOSE, WeeklyBars.CLOSE).getDataType());

    private static final List<Field<?>> WEEKLY = List.of(WeeklyBars.COMPANY_ID, WeeklyBars.WEEK_NO, WeeklyBars.FIRST_DAY,
            WeeklyBars.LAST_DAY, WeeklyBars.DAYS, WeeklyBars.OPEN, WeeklyBars.CLOSE, WeeklyBars.SHARES,
            WeeklyBars.DOLLAR_VOLUME, WeeklyBars.CAP, WeeklyBars.CAP_IMPORTED);

    private WeeklyChanges() {
    }

    /** The weeks of the bars that match {@code where}. */
    static Table<?> of(Condition where) {
        Table<?> w = WeeklyBars.of(where);
        WindowSpecification perCompany = partitionBy(WeeklyBars.COMPANY_ID).orderBy(WeeklyBars.WEEK_NO);
        Table<?> p = select(WEEKLY)
                .select(lag(WeeklyBars.WEEK_NO).over(perCompany).as("lag_week_no"),
                        lag(WeeklyBars.CLOSE).over(perCompany).as("lag_close"),
                        lag(WeeklyBars.CAP).over(perCompany).as("lag_cap"))
                .from(w)
                .asTable("p");
        Condition previousWeek = inP("lag_week_no", WeeklyBars.WEEK_NO.getDataType())
                .eq(inP(WeeklyBars.WEEK_NO).minus(1));
        Field<BigDecimal> previousClose = when(previousWeek, inP("lag_close", WeeklyBars.CLOSE.getDataType()));
        Field<Long> previousCap = when(previousWeek, inP("lag_cap", WeeklyBars.CAP.getDataType()));
        List<SelectField<?>> fields = new ArrayList<>();
        WEEKLY.forEach(f -> fields.add(inP(f)));
        fields.add(previousClose.as(PREVIOUS_CLOSE.getName()));
        fields.add(previousCap.as(PREVIOUS_CAP.getName()));
        fields.add(WeekQueries.ratioMinusOne(inP(WeeklyBars.CLOSE), previousClose).as(CHANGE.getName()));
        return select(fields).from(p).asTable("wc");
    }

    private static <T> Field<T> inP(Field<T> weekly) {
        return inP(weekly.getName(), weekly.getDataType());
    }

    private static <T> Field<T> inP(String name, DataType<T> type) {
        return DSL.field(name("p", name), type);
    }

    private static <T> Field<T> column(Field<T> weekly) {
        return column(weekly.getName(), weekly.getDataType());
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("wc", name), type);
    }
}
