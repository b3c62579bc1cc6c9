package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.jooq.impl.DSL.excluded;

import com.minerdesk.market.DailyBar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;

/** Reads the stored daily bars an import touches, and writes imported bars as upserts. */
final class BarStore {
    private static final int BATCH = 5_000;

    private BarStore() {
    }

    /** The stored bars of the given companies between two dates, by key. */
    static Map<BarKey, DailyBar> existing(DSLContext dsl, Collection<Long> companyIds, LocalDate from, LocalDate to) {
        Map<BarKey, DailyBar> out = new HashMap<>();
        dsl.selectFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.in(companyIds))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .fetchSize(5_000)
                .forEach(r -> out.put(new BarKey(r.getCompanyId(), r.getTradeDate()),
                        new DailyBar(r.getTradeDate(), r.getOpenPrice(), r.getHighPrice(), r.getLowPrice(),
                                r.getClosePrice(), r.getVolumeUsd(), r.getMarketCapUsd())));
        return out;
    }

    /** Inserts each bar, or replaces the stored one of the same company and date, in batches. */
    static void upsert(DSLContext tx, List<BarRow> bars, Map<String, Long> companyIds) {
        Query template = tx.insertInto(DAILY_BARS, DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE, DAILY_BARS.OPEN_PRICE,
                        DAILY_BARS.HIGH_PRICE, DAILY_BARS.LOW_PRICE, DAILY_BARS.CLOSE_PRICE, DAILY_BARS.VOLUME_USD,
                        DAILY_BARS.MARKET_CAP_USD)
                .values((Long) null, (LocalDate) null, (BigDecimal) null, null, null, null, null, null)
                .onConflict(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE)
                .doUpdate()
                .set(DAILY_BARS.OPEN_PRICE, excluded(DAILY_BARS.OPEN_PRICE))
                .set(DAILY_BARS.HIGH_PRICE, excluded(DAILY_BARS.HIGH_PRICE))
                .set(DAILY_BARS.LOW_PRICE, excluded(DAILY_BARS.LOW_PRICE))
                .set(DAILY_BARS.CLOSE_PRICE, excluded(DAILY_BARS.CLOSE_PRICE))
                .set(DAILY_BARS.VOLUME_USD, excluded(DAILY_BARS.VOLUME_USD))
                .set(DAILY_BARS.MARKET_CAP_USD, excluded(DAILY_BARS.MARKET_CAP_USD));
        Batches.run(tx, template, bars, BATCH, row -> {
            DailyBar b = row.bar();
            return new Object[] {companyIds.get(row.ticker()), b.date(), b.open(), b.high(), b.low(), b.close(), b.volume(),
                b.marketCap()};
        });
    }
}
