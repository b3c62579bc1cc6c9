package com.minerdesk.market;

import static org.jooq.impl.DSL.lag;
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
 * figures, its cap at the previous week's close and its rank by change. The bars read must reach
 * back to the previous week for the previous cap.
 */
final class MinerTable {
    static final Field<Long> COMPANY_ID = column("company_id", SQLDataType.BIGINT);
    static final Field<Integer> WEEK_NO = column("week_no", SQLDataType.INTEGER);
    static final Field<LocalDate> LAST_DAY = column("last_day", SQLDataType.LOCALDATE);
    static final Field<BigDecimal> OPEN = column("week_open", SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> CLOSE = column("week_close", SQLDataType.DECIMAL(18, 4));
    static final Field<BigDecimal> CHANGE = column("change", SQLDataType.DECIMAL(30, 12));
    static final Field<BigDecimal> VOLUME = column("volume", SQLDataType.DECIMAL(24, 0));
    static final Field<Long> CAP = column("cap", SQLDataType.BIGINT);
    static final Field<Long> PREVIOUS_CAP = column("prev_cap", SQLDataType.BIGINT);
    static final Field<Integer> RANK = column("change_rank", SQLDataType.INTEGER);

    private MinerTable() {
    }

    /** The rows of week number {@code weekNo} among the weeks of the bars that match {@code bars}. */
    static Table<?> of(Condition bars, int weekNo) {
        Table<?> w = WeeklyBars.of(bars);
        Field<BigDecimal> change = WeeklyBars.change();
        Table<?> t = select(WeeklyBars.COMPANY_ID.as(COMPANY_ID), WeeklyBars.WEEK_NO.as(WEEK_NO),
                WeeklyBars.LAST_DAY.as(LAST_DAY), WeeklyBars.OPEN.as(OPEN), WeeklyBars.CLOSE.as(CLOSE),
                change.as(CHANGE), WeeklyBars.VOLUME.as(VOLUME), WeeklyBars.CAP.as(CAP),
                lag(WeeklyBars.CAP).over(DSL.partitionBy(WeeklyBars.COMPANY_ID).orderBy(WeeklyBars.WEEK_NO)).as(PREVIOUS_CAP),
                rank().over(DSL.partitionBy(WeeklyBars.WEEK_NO).orderBy(change.desc())).as(RANK))
                .from(w)
                .asTable("t");
        return select(t.fields()).from(t)
                .where(DSL.field(name("t", WEEK_NO.getName()), SQLDataType.INTEGER).eq(weekNo))
                .asTable("tw");
    }

    private static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(name("tw", name), type);
    }
}
