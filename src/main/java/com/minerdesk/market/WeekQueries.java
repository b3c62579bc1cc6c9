package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
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
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Weekly and sector figures, derived from daily bars by the database. */
public final class WeekQueries {
    private final DSLContext dsl;
    private final ExchangeCalendar calendar;
    private final WeekCompleteness completeness;

    public WeekQueries(DSLContext dsl) {
        this.dsl = dsl;
        this.calendar = ExchangeCalendar.us();
        this.completeness = new WeekCompleteness(dsl, calendar);
    }

    /** The last trading day that has any bar. */
    public Optional<LocalDate> latestTradingDay() {
        return Optional.ofNullable(dsl.select(max(DAILY_BARS.TRADE_DATE)).from(DAILY_BARS).fetchOne(0, LocalDate.class));
    }

    /**
     * The name of the market week containing {@code day} (its last scheduled trading day on the
     * exchange calendar), if that week has bars: the same name from its first bar on.
     */
    public Optional<LocalDate> weekEndOf(LocalDate day) {
        boolean hasBars = dsl.fetchExists(DAILY_BARS,
                DAILY_BARS.TRADE_DATE.between(MarketWeek.monday(day), MarketWeek.friday(day)));
        return hasBars ? Optional.of(calendar.weekName(day)) : Optional.empty();
    }

    /** The name of the latest week with bars before the week containing {@code day}. */
    public Optional<LocalDate> previousWeekEnd(LocalDate day) {
        // ORDER BY + LIMIT rather than MAX: H2 walks the date index back and stops; MAX scans the whole range
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.lt(MarketWeek.monday(day)))
                .orderBy(DAILY_BARS.TRADE_DATE.desc()).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE)
                .map(calendar::weekName);
    }

    /** The name of the first week with bars after the week containing {@code day}. */
    public Optional<LocalDate> nextWeekEnd(LocalDate day) {
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.gt(MarketWeek.friday(day)))
                .orderBy(DAILY_BARS.TRADE_DATE).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE)
                .map(calendar::weekName);
    }

    /**
     * The newest complete week ({@link WeekProgress#complete()}) and the newest week with bars: what the
     * home page, the charts, the companies list and write-ups without a week show as "the latest week".
     */
    public LatestWeeks latestWeeks() {
        return completeness.latest(latestTradingDay(), LocalDate.MAX);
    }

    /** The newest complete week whose name is on or before {@code notAfter} (the week feeds). */
    public Optional<LocalDate> latestCompleteWeek(LocalDate notAfter) {
        return completeness.latest(latestTradingDay(), notAfter).complete();
    }

    /** The week shown as "the latest": the newest complete one, or while none is complete the newest with bars. */
    public Optional<LocalDate> latestShownWeek() {
        return latestWeeks().shown();
    }

    /** How far the data of the week containing {@code day} has arrived. */
    public WeekProgress progress(LocalDate day) {
        return completeness.progress(day);
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
                .fetch(0, LocalDate.class)
                .stream().map(calendar::weekName).toList();
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
        List<WeekSummary> weeks = new ArrayList<>(summaries(DAILY_BARS.TRADE_DATE.between(from, MarketWeek.friday(lastWeekEnd)),
                Integer.MIN_VALUE, n));
        Collections.reverse(weeks);
        return weeks;
    }

    private List<WeekSummary> summaries(Condition bars, int fromWeekNo, int limit) {
        Table<?> s = SectorSeries.of(bars);
        return dsl.select(SectorSeries.WEEK_END, SectorSeries.FIRST_DAY, SectorSeries.TRADING_DAYS,
                        SectorSeries.COMPANIES, SectorSeries.COMPARED, SectorSeries.CAP_START,
                        SectorSeries.CAP_END_COMPARED, SectorSeries.CAP_END, SectorSeries.CAP_CHANGE, SectorSeries.GAINERS, SectorSeries.DECLINERS)
                .from(s)
                .where(SectorSeries.WEEK_NO.ge(fromWeekNo))
                .orderBy(SectorSeries.WEEK_NO.desc())
                .limit(limit)
                .fetch(Records.mapping((lastBar, firstDay, days, companies, compared, capStart, capEndCompared, capEnd, change,
                        gainers, decliners) -> new WeekSummary(calendar.weekName(lastBar), firstDay, days, companies, compared,
                                capStart, capEndCompared, capEnd, change, gainers, decliners)));
    }

    /** The sector figures of the week that ends on {@code weekEnd}. */
    public Optional<SectorWeek> sector(LocalDate weekEnd) {
        LocalDate from = previousWeekEnd(weekEnd).map(MarketWeek::monday).orElse(MarketWeek.monday(weekEnd));
        Table<?> s = SectorSeries.of(DAILY_BARS.TRADE_DATE.between(from, MarketWeek.friday(weekEnd)));
        Record r = dsl.select(SectorSeries.WEEK_END, SectorSeries.FIRST_DAY, SectorSeries.TRADING_DAYS,
                        SectorSeries.COMPANIES, SectorSeries.PREVIOUS_COMPANIES, SectorSeries.COMPARED,
                        SectorSeries.CAPS_COMPUTED, SectorSeries.CAP_START, SectorSeries.CAP_END_COMPARED,
                        SectorSeries.CAP_END, SectorSeries.CAP_CHANGE, SectorSeries.GAINERS, SectorSeries.DECLINERS,
                        SectorSeries.UNCHANGED, SectorSeries.SHARES, SectorSeries.DOLLAR_VOLUME)
                .from(s).where(SectorSeries.WEEK_NO.eq(MarketWeek.number(weekEnd))).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        LocalDate firstDay = r.get(SectorSeries.FIRST_DAY);
        LocalDate lastDay = r.get(SectorSeries.WEEK_END);
        Field<BigDecimal> dollars = DAILY_BARS.CLOSE_PRICE.times(DAILY_BARS.VOLUME_SHARES);
        Field<BigDecimal> firstVol = sum(when(DAILY_BARS.TRADE_DATE.eq(firstDay), dollars));
        Field<BigDecimal> lastVol = sum(when(DAILY_BARS.TRADE_DATE.eq(lastDay), dollars));
        return Optional.of(dsl.select(firstVol, lastVol, ratioMinusOne(lastVol, firstVol))
                .from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.in(firstDay, lastDay))
                .fetchSingle(Records.mapping((first, last, change) -> new SectorWeek(
                        calendar.weekName(lastDay), firstDay,
                        r.get(SectorSeries.TRADING_DAYS),
                        r.get(SectorSeries.COMPANIES),
                        r.get(SectorSeries.PREVIOUS_COMPANIES),
                        r.get(SectorSeries.COMPARED),
                        r.get(SectorSeries.CAPS_COMPUTED),
                        r.get(SectorSeries.CAP_START),
                        r.get(SectorSeries.CAP_END_COMPARED),
                        r.get(SectorSeries.CAP_END),
                        r.get(SectorSeries.CAP_CHANGE),
                        r.get(SectorSeries.GAINERS),
                        r.get(SectorSeries.DECLINERS),
                        r.get(SectorSeries.UNCHANGED),
                        r.get(SectorSeries.SHARES),
                        r.get(SectorSeries.DOLLAR_VOLUME),
                        first, last, change))));
    }

    /**
     * Every company, with its figures for the given week where it has any (companies list). The
     * companies without bars are added here rather than by a left join, because H2 would evaluate
     * the derived weekly table once per company row.
     */
    public List<CompanyWeek> allCompaniesIn(LocalDate weekEnd) {
        Map<String, CompanyWeek> traded = new HashMap<>();
        table(weekEnd, WeekSort.TICKER, true).forEach(row -> traded.put(row.ticker(), row));
        return dsl.select(COMPANIES.TICKER, COMPANIES.NAME, CompanyQueries.STATUS)
                .from(COMPANIES)
                .orderBy(COMPANIES.TICKER)
                .fetch(Records.mapping((ticker, name, status) -> traded.getOrDefault(ticker,
                        new CompanyWeek(ticker, name, status, null, null, null, null, null, null, null, null, null, null, null))));
    }

    /** The miner table of a week: every company with bars that week, sorted by a whitelisted key. */
    public List<CompanyWeek> table(LocalDate weekEnd, WeekSort sort, boolean ascending) {
        LocalDate from = previousWeekEnd(weekEnd).map(MarketWeek::monday).orElse(MarketWeek.monday(weekEnd));
        Table<?> thisWeek = MinerTable.of(DAILY_BARS.TRADE_DATE.between(from, MarketWeek.friday(weekEnd)),
                MarketWeek.number(weekEnd));
        return dsl.select(COMPANIES.TICKER, COMPANIES.NAME, CompanyQueries.STATUS, MinerTable.LAST_DAY,
                        MinerTable.OPEN, MinerTable.CLOSE, MinerTable.PREVIOUS_CLOSE, MinerTable.CHANGE, MinerTable.SHARES,
                        MinerTable.DOLLAR_VOLUME, MinerTable.CAP, MinerTable.CAP_IMPORTED, MinerTable.PREVIOUS_CAP,
                        MinerTable.RANK)
                .from(COMPANIES)
                .join(thisWeek).on(MinerTable.COMPANY_ID.eq(COMPANIES.ID))
                .orderBy(sortField(sort, ascending), COMPANIES.TICKER.asc())
                .fetch(Records.mapping(CompanyWeek::new));
    }

    private static SortField<?> sortField(WeekSort sort, boolean ascending) {
        Field<?> f = switch (sort) {
            case TICKER -> COMPANIES.TICKER;
            case NAME -> COMPANIES.NAME;
            case OPEN -> MinerTable.OPEN;
            case CLOSE -> MinerTable.CLOSE;
            case CHANGE -> MinerTable.CHANGE;
            case VOLUME -> MinerTable.DOLLAR_VOLUME;
            case SHARES -> MinerTable.SHARES;
            case CAP -> MinerTable.CAP;
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
