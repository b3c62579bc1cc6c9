package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.TAGS;
import static com.minerdesk.db.generated.Tables.USERS;
import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/** The reader's indexes: every tag and every author with public write-ups, each counted in one grouped query. */
final class IndexQueries {
    private final DSLContext dsl;
    private final Clock clock;

    IndexQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A tag or author of the index: how many public write-ups, and when the newest was published. */
    record Entry(String slug, String name, int count, OffsetDateTime newest) {
    }

    List<Entry> tags() {
        Field<Integer> count = DSL.count().as("count");
        Field<OffsetDateTime> newest = DSL.max(WRITEUPS.PUBLISH_AT).as("newest");
        return dsl.select(TAGS.SLUG, TAGS.NAME, count, newest)
                .from(TAGS).join(WRITEUP_TAGS).on(WRITEUP_TAGS.TAG_ID.eq(TAGS.ID))
                .join(WRITEUPS).on(WRITEUPS.ID.eq(WRITEUP_TAGS.WRITEUP_ID))
                .where(WriteupQueries.publicAt(OffsetDateTime.now(clock)))
                .groupBy(TAGS.SLUG, TAGS.NAME)
                .orderBy(TAGS.NAME)
                .fetch(Records.mapping(Entry::new));
    }

    List<Entry> authors() {
        Field<Integer> count = DSL.count().as("count");
        Field<OffsetDateTime> newest = DSL.max(WRITEUPS.PUBLISH_AT).as("newest");
        return dsl.select(USERS.SLUG, USERS.NAME, count, newest)
                .from(USERS).join(WRITEUPS).on(WRITEUPS.AUTHOR_ID.eq(USERS.ID))
                .where(WriteupQueries.publicAt(OffsetDateTime.now(clock)))
                .groupBy(USERS.SLUG, USERS.NAME)
                .orderBy(USERS.NAME)
                .fetch(Records.mapping(Entry::new));
    }
}
