package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;

import com.minerdesk.db.generated.tables.records.CompaniesRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

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
        // bounded by date so that the page costs the same with one year of bars or twenty
        LocalDate from = MarketWeek.mondayWeeksBack(last.get(), limit);
        Table<?> w = WeeklyBars.of(DAILY_BARS.COMPANY_ID.eq(company.id()).and(DAILY_BARS.TRADE_DATE.ge(from)));
        Field<BigDecimal> change = WeeklyBars.change();
        return dsl.select(WeeklyBars.LAST_DAY, WeeklyBars.OPEN, WeeklyBars.CLOSE, change, WeeklyBars.VOLUME, WeeklyBars.CAP)
                .from(w)
                .orderBy(WeeklyBars.WEEK_NO.desc())
                .limit(limit)
                .fetch(Records.mapping((day, open, close, weekChange, volume, cap) -> new CompanyWeek(company.ticker(),
                        company.name(), company.aiHpcStatus(), ExchangeCalendar.us().weekName(day), open, close, weekChange,
                        volume, cap, null, null)));
    }

    /** Daily bars from {@code from} on, oldest first. */
    public List<DailyBar> dailyBars(Company company, LocalDate from, LocalDate to) {
        return dsl.selectFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(company.id()))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .orderBy(DAILY_BARS.TRADE_DATE)
                .fetch(r -> new DailyBar(r.getTradeDate(), r.getOpenPrice(), r.getHighPrice(), r.getLowPrice(),
                        r.getClosePrice(), r.getVolumeUsd(), r.getMarketCapUsd()));
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

    static Company toCompany(CompaniesRecord r) {
        return new Company(r.getId(), r.getTicker(), r.getName(), r.getExchange(), r.getCountry(),
                r.getWebsite(), r.getProfile(), AiHpcStatus.of(r.getAiHpcStatus()));
    }

}
