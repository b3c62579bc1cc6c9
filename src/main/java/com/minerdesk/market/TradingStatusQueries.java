package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.NOT_TRADING_DAYS;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;

/** The not-trading marks and listing dates, for the desk's trading-status page. */
public final class TradingStatusQueries {
    private final DSLContext dsl;

    public TradingStatusQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest marks first. */
    public List<NotTradingDay> marks(int limit) {
        return marks().orderBy(NOT_TRADING_DAYS.TRADE_DATE.desc(), COMPANIES.TICKER).limit(limit)
                .fetch(Records.mapping(NotTradingDay::new));
    }

    /** The marks in {@code from..to}. */
    public List<NotTradingDay> marksBetween(LocalDate from, LocalDate to) {
        return marks().where(NOT_TRADING_DAYS.TRADE_DATE.between(from, to)).fetch(Records.mapping(NotTradingDay::new));
    }

    private SelectOnConditionStep<Record3<String, LocalDate, String>> marks() {
        return dsl.select(COMPANIES.TICKER, NOT_TRADING_DAYS.TRADE_DATE, NOT_TRADING_DAYS.REASON)
                .from(NOT_TRADING_DAYS).join(COMPANIES).on(COMPANIES.ID.eq(NOT_TRADING_DAYS.COMPANY_ID));
    }

    /** The companies with a listing date set. */
    public List<Listing> datedListings() {
        return dsl.select(COMPANIES.TICKER, COMPANIES.LISTED_FROM, COMPANIES.LISTED_UNTIL).from(COMPANIES)
                .where(COMPANIES.LISTED_FROM.isNotNull().or(COMPANIES.LISTED_UNTIL.isNotNull()))
                .orderBy(COMPANIES.TICKER)
                .fetch(Records.mapping(Listing::new));
    }

    /** The days in {@code from..to} on which the company has a bar. */
    public List<LocalDate> barDays(long companyId, LocalDate from, LocalDate to) {
        return dsl.select(DAILY_BARS.TRADE_DATE)
                .from(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(companyId))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .orderBy(DAILY_BARS.TRADE_DATE)
                .fetch(DAILY_BARS.TRADE_DATE);
    }
}
