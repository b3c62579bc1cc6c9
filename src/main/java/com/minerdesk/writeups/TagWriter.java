package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.TAGS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;

import java.util.List;
import org.jooq.DSLContext;

/** A write-up's tags, created on first use (a tag keeps the spelling it was first used with). */
final class TagWriter {
    private TagWriter() {
    }

    static void replace(DSLContext tx, long writeupId, List<String> names) {
        tx.deleteFrom(WRITEUP_TAGS).where(WRITEUP_TAGS.WRITEUP_ID.eq(writeupId)).execute();
        int order = 0;
        for (String name : names) {
            long tagId = idOf(tx, name);
            tx.insertInto(WRITEUP_TAGS)
                    .set(WRITEUP_TAGS.WRITEUP_ID, writeupId)
                    .set(WRITEUP_TAGS.TAG_ID, tagId)
                    .set(WRITEUP_TAGS.TAG_ORDER, order++)
                    .execute();
        }
    }

    /** The tag's id, creating the tag on first use. */
    static long idOf(DSLContext tx, String name) {
        String slug = Slugs.of(name, 60);
        Long tagId = tx.select(TAGS.ID).from(TAGS).where(TAGS.SLUG.eq(slug)).fetchOne(TAGS.ID);
        if (tagId == null) {
            tagId = tx.insertInto(TAGS).set(TAGS.SLUG, slug).set(TAGS.NAME, name)
                    .returning(TAGS.ID).fetchOne(TAGS.ID);
        }
        return tagId;
    }
}
