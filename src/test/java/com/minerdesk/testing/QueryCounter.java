package com.minerdesk.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements jOOQ executes, leaving out the content-version re-read (a query on
 * {@code site_state} at most once a second, whatever the page).
 */
public final class QueryCounter implements ExecuteListener {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void executeStart(ExecuteContext ctx) {
        String sql = ctx.sql();
        if (sql == null || !sql.contains("site_state")) {
            count.incrementAndGet();
        }
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }
}
