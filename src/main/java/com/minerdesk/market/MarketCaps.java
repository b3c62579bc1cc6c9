package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.SHARES_OUTSTANDING;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;

import com.minerdesk.db.generated.tables.DailyBars;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The market cap of a daily bar: the imported figure where the bar has one, otherwise its close
 * times the shares outstanding in force that day (the latest figure dated on or before it). Null
 * when neither is known.
 */
public final class MarketCaps {
    private MarketCaps() {
    }

    public static Field<Long> of(DailyBars bar) {
        return coalesce(bar.MARKET_CAP_USD, computed(bar));
    }

    /** Whether the cap of {@link #of} was imported rather than computed. */
    public static Field<Boolean> imported(DailyBars bar) {
        return bar.MARKET_CAP_USD.isNotNull();
    }

    private static Field<Long> computed(DailyBars bar) {
        Field<Long> shares = select(SHARES_OUTSTANDING.SHARES).from(SHARES_OUTSTANDING)
                .where(SHARES_OUTSTANDING.COMPANY_ID.eq(bar.COMPANY_ID))
                .and(SHARES_OUTSTANDING.AS_OF.le(bar.TRADE_DATE))
                .orderBy(SHARES_OUTSTANDING.AS_OF.desc())
                .limit(1)
                .asField();
        return round(bar.CLOSE_PRICE.times(shares)).cast(SQLDataType.BIGINT);
    }
}
