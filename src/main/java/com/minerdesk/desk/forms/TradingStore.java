package com.minerdesk.desk.forms;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.NOT_TRADING_DAYS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The writes of the trading-status page; {@link com.minerdesk.market.TradingStatusQueries} reads them. */
final class TradingStore {
    private TradingStore() {
    }

    /** Marks the company as not trading on each day (a mark already there gets the new reason). */
    static void mark(DSLContext tx, long companyId, List<LocalDate> days, String reason, OffsetDateTime at) {
        for (LocalDate day : days) {
            tx.mergeInto(NOT_TRADING_DAYS)
                    .using(tx.selectOne())
                    .on(NOT_TRADING_DAYS.COMPANY_ID.eq(companyId).and(NOT_TRADING_DAYS.TRADE_DATE.eq(day)))
                    .whenMatchedThenUpdate().set(NOT_TRADING_DAYS.REASON, reason).set(NOT_TRADING_DAYS.MARKED_AT, at)
                    .whenNotMatchedThenInsert(NOT_TRADING_DAYS.COMPANY_ID, NOT_TRADING_DAYS.TRADE_DATE, NOT_TRADING_DAYS.REASON,
                            NOT_TRADING_DAYS.MARKED_AT)
                    .values(companyId, day, reason, at)
                    .execute();
        }
    }

    static boolean unmark(DSLContext tx, long companyId, LocalDate day) {
        return tx.deleteFrom(NOT_TRADING_DAYS)
                .where(NOT_TRADING_DAYS.COMPANY_ID.eq(companyId)).and(NOT_TRADING_DAYS.TRADE_DATE.eq(day))
                .execute() == 1;
    }

    static void listing(DSLContext tx, long companyId, LocalDate from, LocalDate until) {
        tx.update(COMPANIES).set(COMPANIES.LISTED_FROM, from).set(COMPANIES.LISTED_UNTIL, until)
                .where(COMPANIES.ID.eq(companyId)).execute();
    }
}
