package com.minerdesk.db;

import static com.minerdesk.db.generated.Tables.SITE_STATE;

import org.jooq.DSLContext;

/**
 * The site's content version: one row that every write bumps. Caches and ETags are keyed by it.
 * This instance re-reads it at most once a second, so several instances agree within a second
 * and a cached page costs no query.
 */
public final class ContentVersion {
    private static final long REREAD_NANOS = 1_000_000_000L;
    private final DSLContext dsl;
    private volatile long version = -1;
    private volatile boolean demoData;
    private volatile long readAt;

    ContentVersion(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long current() {
        if (old()) {
            refreshIfOld();
        }
        return version;
    }

    private boolean old() {
        return version < 0 || System.nanoTime() - readAt > REREAD_NANOS;
    }

    /** Checked again under the lock: the threads that found it old together wait for one read, not one each. */
    private synchronized void refreshIfOld() {
        if (old()) {
            refreshNow();
        }
    }

    /** Whether the demo data set is loaded (pages then show a notice). */
    public boolean demoData() {
        current();
        return demoData;
    }

    public synchronized void refreshNow() {
        var row = dsl.select(SITE_STATE.CONTENT_VERSION, SITE_STATE.DEMO_DATA)
                .from(SITE_STATE).where(SITE_STATE.ID.eq(1)).fetchOne();
        if (row != null) {
            version = row.get(SITE_STATE.CONTENT_VERSION);
            demoData = row.get(SITE_STATE.DEMO_DATA);
        }
        readAt = System.nanoTime();
    }
}
