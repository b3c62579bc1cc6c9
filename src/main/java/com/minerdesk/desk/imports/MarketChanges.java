package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.MARKET_CHANGES;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** Records, in the writing transaction, which dates of market data a desk write changed. */
public final class MarketChanges {
    private MarketChanges() {
    }

    public static void record(DSLContext tx, LocalDate first, LocalDate last, OffsetDateTime at) {
        if (first == null || last == null) {
            return;
        }
        tx.insertInto(MARKET_CHANGES)
                .set(MARKET_CHANGES.CHANGED_AT, at)
                .set(MARKET_CHANGES.FIRST_DATE, first)
                .set(MARKET_CHANGES.LAST_DATE, last)
                .execute();
    }
}
