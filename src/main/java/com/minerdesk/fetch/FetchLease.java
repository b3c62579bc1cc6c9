package com.minerdesk.fetch;

import static com.minerdesk.db.generated.Tables.FETCH_LEASES;

import com.minerdesk.db.Database;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.exception.DataAccessException;

/**
 * A row per source that one instance holds while it runs that source. Taking it is one statement
 * that only succeeds where the row is free or expired, so instances sharing a database never run
 * a source twice at once; a crashed holder's lease simply expires.
 */
final class FetchLease {
    static final Duration LENGTH = Duration.ofMinutes(30);
    private final Database db;
    private final String holder;

    FetchLease(Database db, String holder) {
        this.db = db;
        this.holder = holder;
    }

    boolean take(String source, OffsetDateTime now) {
        int taken = db.dsl().update(FETCH_LEASES)
                .set(FETCH_LEASES.HOLDER, holder)
                .set(FETCH_LEASES.HELD_UNTIL, now.plus(LENGTH))
                .where(FETCH_LEASES.SOURCE.eq(source)).and(FETCH_LEASES.HELD_UNTIL.le(now))
                .execute();
        if (taken == 1) {
            return true;
        }
        try {
            return db.dsl().insertInto(FETCH_LEASES)
                    .set(FETCH_LEASES.SOURCE, source)
                    .set(FETCH_LEASES.HOLDER, holder)
                    .set(FETCH_LEASES.HELD_UNTIL, now.plus(LENGTH))
                    .execute() == 1;
        } catch (DataAccessException e) {
            return false; // the row exists and is held: another instance runs the source
        }
    }

    void release(String source, OffsetDateTime now) {
        db.dsl().update(FETCH_LEASES).set(FETCH_LEASES.HELD_UNTIL, now)
                .where(FETCH_LEASES.SOURCE.eq(source)).and(FETCH_LEASES.HOLDER.eq(holder))
                .execute();
    }
}
