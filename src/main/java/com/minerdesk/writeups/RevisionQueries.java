package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.USERS;
import static com.minerdesk.db.generated.Tables.WRITEUP_REVISIONS;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The saved versions of a write-up, newest first. */
final class RevisionQueries {
    private final DSLContext dsl;

    RevisionQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Revision> all(long writeupId) {
        return dsl.select(WRITEUP_REVISIONS.fields()).select(USERS.NAME)
                .from(WRITEUP_REVISIONS).join(USERS).on(USERS.ID.eq(WRITEUP_REVISIONS.SAVED_BY))
                .where(WRITEUP_REVISIONS.WRITEUP_ID.eq(writeupId))
                .orderBy(WRITEUP_REVISIONS.VERSION.desc())
                .fetch(RevisionQueries::toRevision);
    }

    Optional<Revision> latest(long writeupId) {
        return all(writeupId).stream().findFirst();
    }

    Optional<Revision> one(long writeupId, int version) {
        return dsl.select(WRITEUP_REVISIONS.fields()).select(USERS.NAME)
                .from(WRITEUP_REVISIONS).join(USERS).on(USERS.ID.eq(WRITEUP_REVISIONS.SAVED_BY))
                .where(WRITEUP_REVISIONS.WRITEUP_ID.eq(writeupId)).and(WRITEUP_REVISIONS.VERSION.eq(version))
                .fetchOptional(RevisionQueries::toRevision);
    }

    private static Revision toRevision(Record r) {
        return new Revision(r.get(WRITEUP_REVISIONS.WRITEUP_ID), r.get(WRITEUP_REVISIONS.VERSION),
                r.get(WRITEUP_REVISIONS.SLUG), r.get(WRITEUP_REVISIONS.TITLE), r.get(WRITEUP_REVISIONS.SUMMARY),
                r.get(WRITEUP_REVISIONS.BODY_MARKDOWN), r.get(WRITEUP_REVISIONS.TAG_LIST), r.get(WRITEUP_REVISIONS.WEEK_END),
                r.get(WRITEUP_REVISIONS.STATUS), r.get(WRITEUP_REVISIONS.PUBLISH_AT), r.get(USERS.NAME),
                r.get(WRITEUP_REVISIONS.SAVED_AT), r.get(WRITEUP_REVISIONS.NOTE));
    }
}
