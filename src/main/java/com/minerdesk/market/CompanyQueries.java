package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.SHARES_OUTSTANDING;

import com.minerdesk.db.generated.tables.records.CompaniesRecord;
import com.minerdesk.db.generated.tables.records.DailyBarsRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Company profiles, their weekly history and their daily bars. */
public final class CompanyQueries {
    /** The AI/HPC status column, read as the enum. */
    static final Field<AiHpcStatus> STATUS = COMPANIES.AI_HPC_STATUS.convertFrom(AiHpcStatus::of);
    private final DSLContext dsl;

    public CompanyQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Company> byTicker(String ticker) {
        return dsl.selectFrom(COMPANIES).where(COMPANIES.TICKER.eq(ticker)).fetchOptional(CompanyQueries::toCompany);
    }

    /** The id of the company with this ticker (exactly as stored). */
    public Optional<Long> idOf(String ticker) {
        return dsl.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq(ticker)).fetchOptional(COMPANIES.ID);
    }

    /** Every company's id, by ticker. */
    public Map<String, Long> idsByTicker() {
        return dsl.select(COMPANIES.TICKER, COMPANIES.ID).from(COMPANIES).fetchMap(COMPANIES.TICKER, COMPANIES.ID);
    }

    public List<Company> all() {
        return dsl.selectFrom(COMPANIES).orderBy(COMPANIES.TICKER).fetch(CompanyQueries::toCompany);
    }

    /** The weeks of one company within the last {@code limit} market weeks of its history, newest first. */
    public List<CompanyWeek> weeklyHistory(Company company, int limit) {
        Optional<LocalDate> last = lastTradingDay(company);
        if (last.isEmpty()) {
            return List.of();
        }
        // bounded by date so that the page costs the same with one year of bars or twenty; one more
        // week is read for the oldest week's previous close
        LocalDate from = MarketWeek.mondayWeeksBack(last.get(), limit).minusWeeks(1);
        Table<?> wc = WeeklyChanges.of(DAILY_BARS.COMPANY_ID.eq(company.id()).and(DAILY_BARS.TRADE_DATE.ge(from)));
        return dsl.select(WeeklyChanges.LAST_DAY, WeeklyChanges.OPEN, WeeklyChanges.CLOSE, WeeklyChanges.PREVIOUS_CLOSE,
                        WeeklyChanges.CHANGE, WeeklyChanges.SHARES, WeeklyChanges.DOLLAR_VOLUME, WeeklyChanges.CAP,
                        WeeklyChanges.CAP_IMPORTED, WeeklyChanges.PREVIOUS_CAP)
                .from(wc)
                .orderBy(WeeklyChanges.WEEK_NO.desc())
                .limit(limit)
                .fetch(Records.mapping((day, open, close, previousClose, change, shares, dollars, cap, imported, previousCap) ->
                        new CompanyWeek(company.ticker(), company.name(), company.aiHpcStatus(),
                                ExchangeCalendar.us().weekName(day), open, close, previousClose, change, shares, dollars,
                                cap, imported, previousCap, null)));
    }

    /** Daily bars from {@code from} on, oldest first, as stored. */
    public List<DailyBar> dailyBars(Company company, LocalDate from, LocalDate to) {
        return dsl.selectFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(company.id()))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .orderBy(DAILY_BARS.TRADE_DATE)
                .fetch(CompanyQueries::toBar);
    }

    /** Daily bars with their market cap, imported or computed from the shares outstanding, oldest first. */
    public List<DailyRow> dailyRows(Company company, LocalDate from, LocalDate to) {
        return dsl.select(DAILY_BARS.fields())
                .select(MarketCaps.of(DAILY_BARS), MarketCaps.imported(DAILY_BARS))
                .from(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(company.id()))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .orderBy(DAILY_BARS.TRADE_DATE)
                .fetch(r -> new DailyRow(toBar(r.into(DAILY_BARS)), r.get(MarketCaps.of(DAILY_BARS)),
                        r.get(MarketCaps.imported(DAILY_BARS))));
    }

    /** The shares outstanding recorded for a company, newest first. */
    public List<SharesOutstanding> sharesOutstanding(Company company) {
        return sharesOutstanding(COMPANIES.ID.eq(company.id()), Integer.MAX_VALUE);
    }

    /** The latest recorded shares-outstanding figures of every company, newest first (the desk's list). */
    public List<SharesOutstanding> latestSharesOutstanding(int limit) {
        return sharesOutstanding(DSL.noCondition(), limit);
    }

    /** The figure of one company and date, if recorded. */
    public Optional<SharesOutstanding> sharesOutstanding(long companyId, LocalDate asOf) {
        return sharesOutstanding(COMPANIES.ID.eq(companyId).and(SHARES_OUTSTANDING.AS_OF.eq(asOf)), 1).stream().findFirst();
    }

    private List<SharesOutstanding> sharesOutstanding(Condition where, int limit) {
        return dsl.select(COMPANIES.TICKER, SHARES_OUTSTANDING.AS_OF, SHARES_OUTSTANDING.SHARES, SHARES_OUTSTANDING.SOURCE)
                .from(SHARES_OUTSTANDING)
                .join(COMPANIES).on(COMPANIES.ID.eq(SHARES_OUTSTANDING.COMPANY_ID))
                .where(where)
                .orderBy(SHARES_OUTSTANDING.AS_OF.desc(), COMPANIES.TICKER)
                .limit(limit)
                .fetch(Records.mapping(SharesOutstanding::new));
    }

    /** All daily bars of a company, oldest first (CSV export). */
    public List<DailyBar> allDailyBars(Company company) {
        return dailyBars(company, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    public Optional<LocalDate> lastTradingDay(Company company) {
        // ordered like the primary key (company, date), so H2 reads one key instead of all the company's bars
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(company.id()))
                .orderBy(DAILY_BARS.COMPANY_ID.desc(), DAILY_BARS.TRADE_DATE.desc()).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE);
    }

    /** Every company's last trading day, by ticker, in one query (sitemap). */
    public Map<String, LocalDate> lastTradingDays() {
        return dsl.select(COMPANIES.TICKER, DAILY_BARS.TRADE_DATE.max())
                .from(COMPANIES).join(DAILY_BARS).on(DAILY_BARS.COMPANY_ID.eq(COMPANIES.ID))
                .groupBy(COMPANIES.TICKER)
                .fetchMap(COMPANIES.TICKER, DAILY_BARS.TRADE_DATE.max());
    }

    private static DailyBar toBar(DailyBarsRecord r) {
        return new DailyBar(r.getTradeDate(), r.getOpenPrice(), r.getHighPrice(), r.getLowPrice(), r.getClosePrice(),
                r.getVolumeShares(), r.getMarketCapUsd());
    }

    static Company toCompany(CompaniesRecord r) {
        return new Company(r.getId(), r.getTicker(), r.getName(), r.getExchange(), r.getCountry(),
                r.getWebsite(), r.getProfile(), AiHpcStatus.of(r.getAiHpcStatus()));
    }

}
