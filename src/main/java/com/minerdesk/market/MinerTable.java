package com.minerdesk.market;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The rows of the miner table of one week, as derived table {@code tw}: each company's weekly
 * figures, its close and cap at the previous week's close, its change ({@link WeeklyChanges}) and
 * its rank by change. The bars read must reach back to the previous week.
 */
final class MinerTable {
    static final Field<Long> COMPANY_ID = column(WeeklyChanges.COMPANY_ID);
    static final Field<Integer> WEEK_NO = column(WeeklyChanges.WEEK_NO);
    static final Field<LocalDate> LAST_DAY = column(WeeklyChanges.LAST_DAY);
    static final Field<BigDecimal> OPEN = column(WeeklyChanges.OPEN);
    static final Field<BigDecimal> CLOSE = column(WeeklyChanges.CLOSE);
    static final Field<BigDecimal> PREVIOUS_CLOSE = column(WeeklyChanges.PREVIOUS_CLOSE);
    static final Field<BigDecimal> CHANGE = column(WeeklyChanges.CHANGE);
    static final Field<BigDecimal> SHARES = column(WeeklyChanges.SHARES);
    static final Field<BigDecimal> DOLLAR_VOLUME = column(WeeklyChanges.DOLLAR_VOLUME);
    static final Field<Long> CAP = column(WeeklyChanges.CAP);
    static final Field<Boolean> CAP_IMPORTED = column(WeeklyChanges.CAP_IMPORTED);
    static final Field<Long> PREVIOUS_CAP = column(WeeklyChanges.PREVIOUS_CAP);
    static final Field<Integer> RANK = column("change_rank", SQLDataType.INTEGER);

    private MinerTable() {
    }

    /** The rows of week number {@code weekNo} among the weeks of the bars that match {@code bars}. */
    static Table<?> of(Condition bars, int weekNo) {
        Table<?> wc = WeeklyChanges.of(bars);
        Table<?> t = select(WeeklyChanges.COMPANY_ID, WeeklyChanges.WEEK_NO, WeeklyChanges.LAST_DAY, WeeklyChanges.OPEN,
                WeeklyChanges.CLOSE, WeeklyChanges.PREVIOUS_CLOSE, WeeklyChanges.CHANGE, WeeklyChanges.SHARES,
                WeeklyChanges.DOLLAR_VOLUME, WeeklyChanges.CAP, WeeklyChanges.CAP_IMPORTED, WeeklyChanges.PREVIOUS_CAP,
                rank().over(DSL.partitionBy(WeeklyChanges.WEEK_NO).orderBy(WeeklyChanges.CHANGE.desc().nullsLast()))
                        .as(RANK.getName()))
                .from(wc)
                .asTable("t");
        return select(t.fields()).from(t)
                .where(DSL.field(name("t", WEEK_NO.getName()), SQLDataType.INTEGER).eq(weekNo))
                .asTable("tw");
    }

    private static <T> Field<T> column(Field<T> weekly) {
        return column(weekly.getName(), weekly.getDataType());
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("tw", name), type);
    }
}
