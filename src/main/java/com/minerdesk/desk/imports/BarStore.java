package com.minerdesk.desk.imports;

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
                                r.getClosePrice(), r.getVolumeShares(), r.getMarketCapUsd())));
        return out;
    }

    /** The stored bars of one company between two dates, oldest first. */
    static List<StoredBar> ofCompany(DSLContext dsl, long companyId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq(companyId))
                .and(DAILY_BARS.TRADE_DATE.between(from, to))
                .orderBy(DAILY_BARS.TRADE_DATE)
                .fetch(r -> new StoredBar(r.getCompanyId(), new DailyBar(r.getTradeDate(), r.getOpenPrice(),
                        r.getHighPrice(), r.getLowPrice(), r.getClosePrice(), r.getVolumeShares(), r.getMarketCapUsd())));
    }

    /** Inserts each bar, or replaces the stored one of the same company and date, in batches. */
    static void upsert(DSLContext tx, List<BarRow> bars, Map<String, Long> companyIds) {
        upsert(tx, bars.stream().map(r -> new StoredBar(companyIds.get(r.ticker()), r.bar())).toList());
    }

    static void upsert(DSLContext tx, Collection<StoredBar> bars) {
        Query template = tx.insertInto(DAILY_BARS, DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE, DAILY_BARS.OPEN_PRICE,
                        DAILY_BARS.HIGH_PRICE, DAILY_BARS.LOW_PRICE, DAILY_BARS.CLOSE_PRICE, DAILY_BARS.VOLUME_SHARES,
                        DAILY_BARS.MARKET_CAP_USD)
                .values((Long) null, (LocalDate) null, (BigDecimal) null, null, null, null, null, null)
                .onConflict(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE)
                .doUpdate()
                .set(DAILY_BARS.OPEN_PRICE, excluded(DAILY_BARS.OPEN_PRICE))
                .set(DAILY_BARS.HIGH_PRICE, excluded(DAILY_BARS.HIGH_PRICE))
                .set(DAILY_BARS.LOW_PRICE, excluded(DAILY_BARS.LOW_PRICE))
                .set(DAILY_BARS.CLOSE_PRICE, excluded(DAILY_BARS.CLOSE_PRICE))
                .set(DAILY_BARS.VOLUME_SHARES, excluded(DAILY_BARS.VOLUME_SHARES))
                .set(DAILY_BARS.MARKET_CAP_USD, excluded(DAILY_BARS.MARKET_CAP_USD));
        Batches.run(tx, template, bars, BATCH, row -> {
            DailyBar b = row.bar();
            return new Object[] {row.companyId(), b.date(), b.open(), b.high(), b.low(), b.close(), b.shares(), b.marketCap()};
        });
    }

    /** Deletes the bars of the given keys, in batches. */
    static void delete(DSLContext tx, Collection<BarKey> keys) {
        Query template = tx.deleteFrom(DAILY_BARS)
                .where(DAILY_BARS.COMPANY_ID.eq((Long) null))
                .and(DAILY_BARS.TRADE_DATE.eq((LocalDate) null));
        Batches.run(tx, template, keys, BATCH, k -> new Object[] {k.companyId(), k.date()});
    }
}
