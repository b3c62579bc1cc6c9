package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.TAGS;
import static com.minerdesk.db.generated.Tables.USERS;
import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/**
 * Public write-ups for the feeds and the sitemap, newest first: two queries per list whatever its
 * length (the write-ups, then their tags). Public means what it means on the site's pages, at the
 * injected clock's time.
 */
public final class WriteupFeedQueries {
    private final DSLContext dsl;
    private final WriteupQueries queries;
    private final Clock clock;
    private final WriteupRenderer renderer;

    /** With the renderer whose steps make the stored HTML current (live figures) for each entry. */
    public WriteupFeedQueries(DSLContext dsl, Clock clock, WriteupRenderer renderer) {
        this.dsl = dsl;
        this.queries = new WriteupQueries(dsl, clock);
        this.clock = clock;
        this.renderer = renderer;
    }

    private Condition isPublic() {
        return WriteupQueries.publicAt(OffsetDateTime.now(clock));
    }

    public List<FeedWriteup> latest(int limit) {
        return list(DSL.noCondition(), limit);
    }

    public List<FeedWriteup> byTag(String tagSlug, int limit) {
        return list(WRITEUPS.ID.in(DSL.select(WRITEUP_TAGS.WRITEUP_ID).from(WRITEUP_TAGS)
                .join(TAGS).on(TAGS.ID.eq(WRITEUP_TAGS.TAG_ID)).where(TAGS.SLUG.eq(tagSlug))), limit);
    }

    /** The write-ups that mention the company or are linked to it. */
    public List<FeedWriteup> byCompany(long companyId, int limit) {
        return list(WRITEUPS.ID.in(DSL.select(WRITEUP_COMPANIES.WRITEUP_ID).from(WRITEUP_COMPANIES)
                .where(WRITEUP_COMPANIES.COMPANY_ID.eq(companyId))), limit);
    }

    /** Every public write-up's address and dates, newest first (sitemap). */
    public List<WriteupStamp> stamps() {
        return dsl.select(WRITEUPS.SLUG, WRITEUPS.PUBLISH_AT, WRITEUPS.UPDATED_AT, WRITEUPS.VERSION)
                .from(WRITEUPS).where(isPublic())
                .orderBy(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc())
                .fetch(Records.mapping(WriteupStamp::new));
    }

    /** The tag at {@code slug} when a public write-up carries it (the condition of its page). */
    public Optional<Tag> publicTag(String slug) {
        return publicTags(TAGS.SLUG.eq(slug)).stream().findFirst().map(PublicTag::tag);
    }

    /** Every tag a public write-up carries, by name. */
    public List<PublicTag> publicTags() {
        return publicTags(DSL.noCondition());
    }

    private List<PublicTag> publicTags(Condition where) {
        Field<OffsetDateTime> newest = DSL.max(WRITEUPS.PUBLISH_AT).as("newest");
        return dsl.select(TAGS.SLUG, TAGS.NAME, newest)
                .from(TAGS).join(WRITEUP_TAGS).on(WRITEUP_TAGS.TAG_ID.eq(TAGS.ID))
                .join(WRITEUPS).on(WRITEUPS.ID.eq(WRITEUP_TAGS.WRITEUP_ID))
                .where(isPublic()).and(where)
                .groupBy(TAGS.SLUG, TAGS.NAME)
                .orderBy(TAGS.NAME)
                .fetch(Records.mapping((slug, name, newestAt) -> new PublicTag(new Tag(slug, name), newestAt)));
    }

    private List<FeedWriteup> list(Condition where, int limit) {
        // the ids from the write-ups table alone, so the database walks the publication index and stops
        // after `limit` rows; joined with the authors it would sort every public write-up first
        List<Long> ids = dsl.select(WRITEUPS.ID).from(WRITEUPS).where(isPublic()).and(where)
                .orderBy(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc()).limit(limit)
                .fetch(WRITEUPS.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<FeedWriteup> rows = dsl.select(WRITEUPS.ID, WRITEUPS.SLUG, WRITEUPS.TITLE, WRITEUPS.SUMMARY, WRITEUPS.BODY_HTML,
                        WRITEUPS.PUBLISH_AT, WRITEUPS.UPDATED_AT, WRITEUPS.VERSION, USERS.NAME, WRITEUPS.WEEK_END)
                .from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                .where(WRITEUPS.ID.in(ids))
                .orderBy(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc())
                .fetch()
                // mapped after the fetch: rendering runs queries, and must not while this result holds a connection
                .map(Records.mapping((id, slug, title, summary, html, publishAt, updatedAt, version, author, weekEnd) ->
                        new FeedWriteup(id, slug, title, summary, renderer.showInFeed(html, weekEnd), publishAt, updatedAt,
                                version, author, List.of())));
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Tag>> tags = queries.tagsOf(rows.stream().map(FeedWriteup::id).toList());
        return rows.stream().map(w -> new FeedWriteup(w.id(), w.slug(), w.title(), w.summary(), w.bodyHtml(),
                w.publishAt(), w.updatedAt(), w.version(), w.authorName(), tags.getOrDefault(w.id(), List.of()))).toList();
    }
}
