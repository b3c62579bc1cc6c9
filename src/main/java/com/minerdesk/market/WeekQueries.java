package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Weekly and sector figures, derived from daily bars by the database. */
public final class WeekQueries {
    private final DSLContext dsl;

    public WeekQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The last trading day that has any bar. */
    public Optional<LocalDate> latestTradingDay() {
        return Optional.ofNullable(dsl.select(max(DAILY_BARS.TRADE_DATE)).from(DAILY_BARS).fetchOne(0, LocalDate.class));
    }

    /** The last trading day of the market week containing {@code day}, if that week has bars. */
    public Optional<LocalDate> weekEndOf(LocalDate day) {
        return Optional.ofNullable(dsl.select(max(DAILY_BARS.TRADE_DATE)).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.between(MarketWeek.monday(day), MarketWeek.friday(day)))
                .fetchOne(0, LocalDate.class));
    }

    /** The last trading day before the week containing {@code day}. */
    public Optional<LocalDate> previousWeekEnd(LocalDate day) {
        // ORDER BY + LIMIT rather than MAX: H2 walks the date index back and stops; MAX scans the whole range
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.lt(MarketWeek.monday(day)))
                .orderBy(DAILY_BARS.TRADE_DATE.desc()).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE);
    }

    public Optional<LocalDate> nextWeekEnd(LocalDate day) {
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.gt(MarketWeek.friday(day)))
                .orderBy(DAILY_BARS.TRADE_DATE).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE)
                .flatMap(this::weekEndOf);
    }

    /** The first trading day that has any bar. */
    public Optional<LocalDate> firstTradingDay() {
        return Optional.ofNullable(dsl.select(min(DAILY_BARS.TRADE_DATE)).from(DAILY_BARS).fetchOne(0, LocalDate.class));
    }

    /** The last trading day of every market week, newest first (without the weeks' figures). */
    public List<LocalDate> weekEnds() {
        Field<Integer> weekNo = MarketWeek.numberOf(DAILY_BARS.TRADE_DATE);
        return dsl.select(max(DAILY_BARS.TRADE_DATE)).from(DAILY_BARS)
                .groupBy(weekNo)
                .orderBy(max(DAILY_BARS.TRADE_DATE).desc())
                .fetch(0, LocalDate.class);
    }

    /** Every market week, newest first, with its sector figures. */
    public List<WeekSummary> allWeeks() {
        return summaries(DSL.noCondition(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The weeks whose Friday falls in {@code quarter}, newest first. The bars of the week before are
     * read too, so that the quarter's first week has its change against the previous close.
     */
    public List<WeekSummary> weeksOf(Quarter quarter) {
        LocalDate firstFriday = quarter.firstFriday();
        LocalDate from = previousWeekEnd(firstFriday).map(MarketWeek::monday).orElse(MarketWeek.monday(firstFriday));
        return summaries(DAILY_BARS.TRADE_DATE.between(from, quarter.lastFriday()), MarketWeek.number(firstFriday),
                Integer.MAX_VALUE);
    }

    /** The latest {@code n} weeks, oldest first (for charts). */
    public List<WeekSummary> recentWeeks(LocalDate lastWeekEnd, int n) {
        LocalDate from = MarketWeek.monday(lastWeekEnd).minusWeeks(n + 1L);
        List<WeekSummary> weeks = new ArrayList<>(summaries(DAILY_BARS.TRADE_DATE.between(from, lastWeekEnd),
                Integer.MIN_VALUE, n));
        Collections.reverse(weeks);
        return weeks;
    }

    private List<WeekSummary> summaries(Condition bars, int fromWeekNo, int limit) {
        Table<?> s = sectorSeries(bars);
        return dsl.selectFrom(s)
                .where(s.field("week_no", Integer.class).ge(fromWeekNo))
                .orderBy(s.field("week_no").desc())
                .limit(limit)
                .fetch(r -> new WeekSummary(
                        r.get("week_end", LocalDate.class),
                        r.get("first_day", LocalDate.class),
                        r.get("trading_days", Integer.class),
                        r.get("companies", Integer.class),
                        r.get("cap_start", Long.class),
                        r.get("cap_end", Long.class),
                        r.get("cap_change_pct", BigDecimal.class),
                        r.get("gainers", Integer.class),
                        r.get("decliners", Integer.class)));
    }

    /**
     * One row per week: total cap at the week's close, at the previous week's close (lag), its change,
     * gainers and decliners. The first week of {@code where} has no previous week inside the range.
     */
    private Table<?> sectorSeries(Condition where) {
        Table<?> w = WeeklyBars.of(where);
        Field<BigDecimal> capEnd = sum(WeeklyBars.CAP);
        Table<?> series = select(
                WeeklyBars.WEEK_NO.as("week_no"),
                max(WeeklyBars.LAST_DAY).as("week_end"),
                min(WeeklyBars.FIRST_DAY).as("first_day"),
                max(WeeklyBars.DAYS).as("trading_days"),
                count().as("companies"),
                capEnd.as("cap_end"),
                sum(WeeklyBars.VOLUME).as("week_volume"),
                lag(capEnd).over(DSL.orderBy(WeeklyBars.WEEK_NO)).as("cap_start"),
                count().filterWhere(WeeklyBars.CLOSE.gt(WeeklyBars.OPEN)).as("gainers"),
                count().filterWhere(WeeklyBars.CLOSE.lt(WeeklyBars.OPEN)).as("decliners"))
                .from(w)
                .groupBy(WeeklyBars.WEEK_NO)
                .asTable("s");
        Field<BigDecimal> end = series.field("cap_end", BigDecimal.class);
        Field<BigDecimal> start = series.field("cap_start", BigDecimal.class);
        return select(series.fields())
                .select(ratioMinusOne(end, start).as("cap_change_pct"))
                .from(series)
                .asTable("sector");
    }

    /** The sector figures of the week that ends on {@code weekEnd}. */
    public Optional<SectorWeek> sector(LocalDate weekEnd) {
        LocalDate from = previousWeekEnd(weekEnd).map(MarketWeek::monday).orElse(MarketWeek.monday(weekEnd));
        Table<?> s = sectorSeries(DAILY_BARS.TRADE_DATE.between(from, MarketWeek.friday(weekEnd)));
        Record r = dsl.selectFrom(s).where(s.field("week_no", Integer.class).eq(MarketWeek.number(weekEnd))).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        LocalDate firstDay = r.get("first_day", LocalDate.class);
        LocalDate lastDay = r.get("week_end", LocalDate.class);
        Field<BigDecimal> firstVol = sum(when(DAILY_BARS.TRADE_DATE.eq(firstDay), DAILY_BARS.VOLUME_USD));
        Field<BigDecimal> lastVol = sum(when(DAILY_BARS.TRADE_DATE.eq(lastDay), DAILY_BARS.VOLUME_USD));
        Record v = dsl.select(firstVol.as("first_vol"), lastVol.as("last_vol"),
                        ratioMinusOne(lastVol, firstVol).as("vol_change"))
                .from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.in(firstDay, lastDay))
                .fetchOne();
        return Optional.of(new SectorWeek(
                lastDay, firstDay,
                r.get("trading_days", Integer.class),
                r.get("companies", Integer.class),
                r.get("cap_start", Long.class),
                r.get("cap_end", Long.class),
                r.get("cap_change_pct", BigDecimal.class),
                r.get("gainers", Integer.class),
                r.get("decliners", Integer.class),
                r.get("week_volume", BigDecimal.class),
                v.get("first_vol", BigDecimal.class),
                v.get("last_vol", BigDecimal.class),
                v.get("vol_change", BigDecimal.class)));
    }

    /**
     * Every company, with its figures for the given week where it has any (companies list). The
     * companies without bars are added here rather than by a left join, because H2 would evaluate
     * the derived weekly table once per company row.
     */
    public List<CompanyWeek> allCompaniesIn(LocalDate weekEnd) {
        Map<String, CompanyWeek> traded = new HashMap<>();
        table(weekEnd, WeekSort.TICKER, true).forEach(row -> traded.put(row.ticker(), row));
        return dsl.select(COMPANIES.TICKER, COMPANIES.NAME, COMPANIES.AI_HPC_STATUS)
                .from(COMPANIES)
                .orderBy(COMPANIES.TICKER)
                .fetch(r -> traded.getOrDefault(r.value1(), new CompanyWeek(r.value1(), r.value2(), AiHpcStatus.of(r.value3()),
                        null, null, null, null, null, null, null, null)));
    }

    /** The miner table of a week: every company with bars that week, sorted by a whitelisted key. */
    public List<CompanyWeek> table(LocalDate weekEnd, WeekSort sort, boolean ascending) {
        LocalDate from = previousWeekEnd(weekEnd).map(MarketWeek::monday).orElse(MarketWeek.monday(weekEnd));
        Table<?> w = WeeklyBars.of(DAILY_BARS.TRADE_DATE.between(from, MarketWeek.friday(weekEnd)));
        Field<BigDecimal> change = WeeklyBars.change();
        Table<?> t = select(WeeklyBars.COMPANY_ID.as("company_id"), WeeklyBars.WEEK_NO.as("week_no"),
                WeeklyBars.LAST_DAY.as("last_day"), WeeklyBars.OPEN.as("week_open"),
                WeeklyBars.CLOSE.as("week_close"), change.as("change"), WeeklyBars.VOLUME.as("volume"),
                WeeklyBars.CAP.as("cap"),
                lag(WeeklyBars.CAP).over(DSL.partitionBy(WeeklyBars.COMPANY_ID).orderBy(WeeklyBars.WEEK_NO)).as("prev_cap"),
                rank().over(DSL.partitionBy(WeeklyBars.WEEK_NO).orderBy(change.desc())).as("change_rank"))
                .from(w)
                .asTable("t");
        Table<?> thisWeek = dsl.select(t.fields()).from(t)
                .where(t.field("week_no", Integer.class).eq(MarketWeek.number(weekEnd)))
                .asTable("tw");
        Field<Long> cid = thisWeek.field("company_id", Long.class);
        return dsl.select(COMPANIES.TICKER, COMPANIES.NAME, COMPANIES.AI_HPC_STATUS)
                .select(thisWeek.fields())
                .from(COMPANIES)
                .join(thisWeek).on(cid.eq(COMPANIES.ID))
                .orderBy(sortField(thisWeek, sort, ascending), COMPANIES.TICKER.asc())
                .fetch(r -> new CompanyWeek(
                        r.get(COMPANIES.TICKER),
                        r.get(COMPANIES.NAME),
                        AiHpcStatus.of(r.get(COMPANIES.AI_HPC_STATUS)),
                        r.get("last_day", LocalDate.class),
                        r.get("week_open", BigDecimal.class),
                        r.get("week_close", BigDecimal.class),
                        r.get("change", BigDecimal.class),
                        r.get("volume", BigDecimal.class),
                        r.get("cap", Long.class),
                        r.get("prev_cap", Long.class),
                        r.get("change_rank", Integer.class)));
    }

    private static SortField<?> sortField(Table<?> t, WeekSort sort, boolean ascending) {
        Field<?> f = switch (sort) {
            case TICKER -> COMPANIES.TICKER;
            case NAME -> COMPANIES.NAME;
            case OPEN -> t.field("week_open");
            case CLOSE -> t.field("week_close");
            case CHANGE -> t.field("change");
            case VOLUME -> t.field("volume");
            case CAP -> t.field("cap");
        };
        return ascending ? f.asc().nullsLast() : f.desc().nullsLast();
    }

    /** a / b − 1, or null where b is null or zero. */
    static Field<BigDecimal> ratioMinusOne(Field<? extends Number> a, Field<? extends Number> b) {
        Field<BigDecimal> num = a.cast(SQLDataType.DECIMAL(30, 12));
        Field<BigDecimal> den = b.cast(SQLDataType.DECIMAL(30, 12));
        return when(den.isNull().or(den.eq(inline(BigDecimal.ZERO))), DSL.castNull(SQLDataType.DECIMAL(30, 12)))
                .otherwise(num.div(den).minus(inline(BigDecimal.ONE)));
    }

}
