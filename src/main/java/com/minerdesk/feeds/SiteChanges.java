package com.minerdesk.feeds;

import static com.minerdesk.db.generated.Tables.SITE_STATE;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** When the site's content last changed: the date a feed without entries reports as its update. */
final class SiteChanges {
    private final DSLContext dsl;

    SiteChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    Instant lastChange() {
        OffsetDateTime t = dsl.select(SITE_STATE.UPDATED_AT).from(SITE_STATE).where(SITE_STATE.ID.eq(1))
                .fetchOne(SITE_STATE.UPDATED_AT);
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}
