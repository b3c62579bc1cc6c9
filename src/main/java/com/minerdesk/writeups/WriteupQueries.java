package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.TAGS;
import static com.minerdesk.db.generated.Tables.USERS;
import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_OLD_SLUGS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;

/**
 * Reading write-ups. Public queries only ever see write-ups that are public at the current time of
 * the injected clock, so drafts never leak and scheduled ones appear by themselves.
 */
public final class WriteupQueries implements com.minerdesk.market.CompanyWriteups {
    static final java.time.Duration NEIGHBOUR_WINDOW = java.time.Duration.ofDays(31);
    private final DSLContext dsl;
    private final Clock clock;

    public WriteupQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static Condition publicAt(OffsetDateTime now) {
        return WRITEUPS.DELETED_AT.isNull()
                .and(WRITEUPS.STATUS.in(Status.PUBLISHED.value(), Status.SCHEDULED.value()))
                .and(WRITEUPS.PUBLISH_AT.le(now));
    }

    // ---- public

    /** The newest public write-up, for the home page. */
    public Optional<WriteupCard> latest() {
        return cards(publicAt(now()), 1, 0).stream().findFirst();
    }

    public List<WriteupCard> archive(int limit, int offset) {
        return cards(publicAt(now()), limit, offset);
    }

    public long archiveCount() {
        return dsl.fetchCount(WRITEUPS, publicAt(now()));
    }

    public Optional<Tag> tag(String slug) {
        return dsl.select(TAGS.SLUG, TAGS.NAME).from(TAGS).where(TAGS.SLUG.eq(slug))
                .fetchOptional(Records.mapping(Tag::new));
    }

    public List<WriteupCard> byTag(String tagSlug, int limit, int offset) {
        return cards(publicAt(now()).and(hasTag(tagSlug)), limit, offset);
    }

    public boolean anyWithTag(String tagSlug) {
        return dsl.fetchExists(WRITEUPS, publicAt(now()).and(hasTag(tagSlug)));
    }

    public long byTagCount(String tagSlug) {
        return dsl.fetchCount(WRITEUPS, publicAt(now()).and(hasTag(tagSlug)));
    }

    public List<WriteupCard> byAuthor(String authorSlug, int limit, int offset) {
        return cards(publicAt(now()).and(byAuthorSlug(authorSlug)), limit, offset);
    }

    /** The newest public write-ups that mention the company (their text links its ticker). */
    @Override
    public List<Link> newest(String ticker, int limit) {
        return dsl.select(WRITEUPS.TITLE, WRITEUPS.SLUG, WRITEUPS.SUMMARY, WRITEUPS.PUBLISH_AT)
                .from(WRITEUP_COMPANIES)
                .join(COMPANIES).on(COMPANIES.ID.eq(WRITEUP_COMPANIES.COMPANY_ID))
                .join(WRITEUPS).on(WRITEUPS.ID.eq(WRITEUP_COMPANIES.WRITEUP_ID))
                .where(COMPANIES.TICKER.eq(ticker)).and(publicAt(now()))
                .orderBy(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc()).limit(limit)
                .fetch(Records.mapping((title, slug, summary, publishAt) -> new Link(title, "/writeups/" + slug, summary, publishAt)));
    }

    public long byAuthorCount(String authorSlug) {
        return dsl.fetchCount(WRITEUPS, publicAt(now()).and(byAuthorSlug(authorSlug)));
    }

    /** The author's profile (display name and bio), when the author has at least one public write-up. */
    public Optional<Author> publicAuthor(String authorSlug) {
        return dsl.select(USERS.NAME, USERS.BIO).from(USERS).where(USERS.SLUG.eq(authorSlug))
                .and(DSL.exists(DSL.selectOne().from(WRITEUPS).where(publicAt(now())).and(WRITEUPS.AUTHOR_ID.eq(USERS.ID))))
                .fetchOptional(Records.mapping(Author::new));
    }

    /** An author as readers see them. */
    public record Author(String name, String bio) {
    }

    /** The public write-up at a slug, with its previous and next in publication order. */
    public Optional<PublicWriteup> bySlug(String slug) {
        OffsetDateTime now = now();
        Record r = dsl.select(cardFields()).select(WRITEUPS.BODY_HTML, USERS.BIO)
                .from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                .where(WRITEUPS.SLUG.eq(slug)).and(publicAt(now))
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        WriteupCard card = withTags(List.of(toCard(r))).get(0);
        var position = DSL.row(WRITEUPS.PUBLISH_AT, WRITEUPS.ID);
        WriteupCard previous = neighbour(publicAt(now).and(position.lt(card.publishAt(), card.id())),
                WRITEUPS.PUBLISH_AT.ge(card.publishAt().minus(NEIGHBOUR_WINDOW)), true);
        WriteupCard next = neighbour(publicAt(now).and(position.gt(card.publishAt(), card.id())),
                WRITEUPS.PUBLISH_AT.le(card.publishAt().plus(NEIGHBOUR_WINDOW)), false);
        return Optional.of(new PublicWriteup(card, r.get(WRITEUPS.BODY_HTML), previous, next, r.get(USERS.BIO)));
    }

    /**
     * The nearest public write-up on one side. H2 does not read the publication index in order for
     * this query, so the search starts within a month ({@code window}), where a neighbour usually is,
     * and only then looks at everything: the page stays as cheap with thousands of write-ups as with ten.
     */
    private WriteupCard neighbour(Condition side, Condition window, boolean earlier) {
        var order = earlier ? List.of(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc())
                : List.of(WRITEUPS.PUBLISH_AT.asc(), WRITEUPS.ID.asc());
        for (Condition where : List.of(side.and(window), side)) {
            WriteupCard found = first(dsl.select(cardFields()).from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                    .where(where).orderBy(order).limit(1).fetch(WriteupQueries::toCard));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The current slug of a public write-up that used to be at {@code oldSlug}. */
    public Optional<String> movedTo(String oldSlug) {
        return dsl.select(WRITEUPS.SLUG).from(WRITEUP_OLD_SLUGS).join(WRITEUPS).on(WRITEUPS.ID.eq(WRITEUP_OLD_SLUGS.WRITEUP_ID))
                .where(WRITEUP_OLD_SLUGS.SLUG.eq(oldSlug)).and(publicAt(now()))
                .fetchOptional(WRITEUPS.SLUG);
    }

    /** Public write-ups by id, in the order of {@code ids}. */
    public List<WriteupCard> cardsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, WriteupCard> byId = new HashMap<>();
        cards(publicAt(now()).and(WRITEUPS.ID.in(InlineValues.of(ids))), ids.size(), 0).forEach(c -> byId.put(c.id(), c));
        List<WriteupCard> out = new ArrayList<>();
        ids.stream().map(byId::get).filter(c -> c != null).forEach(out::add);
        return out;
    }

    // ---- editor

    public Optional<StoredWriteup> stored(long id) {
        return dsl.select(WRITEUPS.fields()).select(USERS.NAME).from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                .where(WRITEUPS.ID.eq(id))
                .fetchOptional(WriteupQueries::toStored);
    }

    public List<EditorItem> drafts(int limit) {
        return items(WRITEUPS.DELETED_AT.isNull().and(WRITEUPS.STATUS.eq(Status.DRAFT.value())), limit, 0,
                WRITEUPS.UPDATED_AT.desc());
    }

    /** Scheduled write-ups still waiting for their time, soonest first. */
    public List<EditorItem> scheduled(int limit) {
        return items(WRITEUPS.DELETED_AT.isNull().and(WRITEUPS.STATUS.eq(Status.SCHEDULED.value()))
                .and(WRITEUPS.PUBLISH_AT.gt(now())), limit, 0, WRITEUPS.PUBLISH_AT.asc());
    }

    public List<EditorItem> recentlyPublished(int limit) {
        return items(publicAt(now()), limit, 0, WRITEUPS.PUBLISH_AT.desc());
    }

    public List<EditorItem> all(int limit, int offset) {
        return items(WRITEUPS.DELETED_AT.isNull(), limit, offset, WRITEUPS.UPDATED_AT.desc());
    }

    public long allCount() {
        return dsl.fetchCount(WRITEUPS, WRITEUPS.DELETED_AT.isNull());
    }

    public List<EditorItem> deleted() {
        return items(WRITEUPS.DELETED_AT.isNotNull(), 500, 0, WRITEUPS.DELETED_AT.desc());
    }

    /** The write-ups with these ids that are not deleted, in the order of the ids. */
    public List<EditorItem> itemsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EditorItem> byId = new HashMap<>();
        items(WRITEUPS.DELETED_AT.isNull().and(WRITEUPS.ID.in(ids)), ids.size(), 0, WRITEUPS.ID.asc())
                .forEach(i -> byId.put(i.id(), i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether any write-up was ever created (deleted ones included). */
    public boolean any() {
        return dsl.fetchExists(WRITEUPS);
    }

    /** When the next scheduled write-up becomes public (a page cache must not outlive it). */
    public Optional<OffsetDateTime> nextScheduledAt() {
        return dsl.select(DSL.min(WRITEUPS.PUBLISH_AT)).from(WRITEUPS)
                .where(WRITEUPS.DELETED_AT.isNull()).and(WRITEUPS.STATUS.eq(Status.SCHEDULED.value()))
                .and(WRITEUPS.PUBLISH_AT.gt(now()))
                .fetchOptional(0, OffsetDateTime.class);
    }

    // ---- mapping

    private List<EditorItem> items(Condition where, int limit, int offset, org.jooq.SortField<?> order) {
        OffsetDateTime now = now();
        return dsl.select(WRITEUPS.ID, WRITEUPS.SLUG, WRITEUPS.TITLE, WRITEUPS.STATUS, WRITEUPS.PUBLISH_AT,
                        WRITEUPS.UPDATED_AT, USERS.NAME, WRITEUPS.DELETED_AT)
                .from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                .where(where)
                .orderBy(order, WRITEUPS.ID.desc())
                .limit(limit).offset(offset)
                .fetch(Records.mapping((id, slug, title, status, publishAt, updatedAt, author, deletedAt) -> new EditorItem(
                        id, slug, title, shown(status, publishAt, now), publishAt, updatedAt, author, deletedAt)));
    }

    private static String shown(String status, OffsetDateTime publishAt, OffsetDateTime now) {
        boolean waiting = Status.SCHEDULED.value().equals(status) && publishAt != null && publishAt.isAfter(now);
        return Status.SCHEDULED.value().equals(status) && !waiting ? Status.PUBLISHED.value() : status;
    }

    /**
     * One page of cards. The page's ids come from the write-ups table alone, so that the database walks
     * the publication index newest first and stops after the page (joined with the authors, H2 starts
     * from the authors and sorts every public write-up); the cards are then read by id.
     */
    private List<WriteupCard> cards(Condition where, int limit, int offset) {
        List<Long> ids = dsl.select(WRITEUPS.ID).from(WRITEUPS).where(where)
                .orderBy(WRITEUPS.PUBLISH_AT.desc(), WRITEUPS.ID.desc()).limit(limit).offset(offset)
                .fetch(WRITEUPS.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, WriteupCard> byId = new HashMap<>();
        dsl.select(cardFields()).from(WRITEUPS).join(USERS).on(USERS.ID.eq(WRITEUPS.AUTHOR_ID))
                .where(WRITEUPS.ID.in(ids))
                .forEach(r -> byId.put(r.get(WRITEUPS.ID), toCard(r)));
        return withTags(ids.stream().map(byId::get).toList());
    }

    private List<WriteupCard> withTags(List<WriteupCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<Long, List<Tag>> tags = tagsOf(cards.stream().map(WriteupCard::id).toList());
        return cards.stream().map(c -> c.withTags(tags.getOrDefault(c.id(), List.of()))).toList();
    }

    Map<Long, List<Tag>> tagsOf(Collection<Long> ids) {
        Map<Long, List<Tag>> out = new HashMap<>();
        dsl.select(WRITEUP_TAGS.WRITEUP_ID, TAGS.SLUG, TAGS.NAME)
                .from(WRITEUP_TAGS).join(TAGS).on(TAGS.ID.eq(WRITEUP_TAGS.TAG_ID))
                .where(WRITEUP_TAGS.WRITEUP_ID.in(InlineValues.of(ids)))
                .orderBy(WRITEUP_TAGS.WRITEUP_ID, WRITEUP_TAGS.TAG_ORDER)
                .forEach(r -> out.computeIfAbsent(r.get(WRITEUP_TAGS.WRITEUP_ID), k -> new ArrayList<>())
                        .add(new Tag(r.get(TAGS.SLUG), r.get(TAGS.NAME))));
        return out;
    }

    private static Condition hasTag(String tagSlug) {
        return DSL.exists(DSL.selectOne().from(WRITEUP_TAGS).join(TAGS).on(TAGS.ID.eq(WRITEUP_TAGS.TAG_ID))
                .where(WRITEUP_TAGS.WRITEUP_ID.eq(WRITEUPS.ID)).and(TAGS.SLUG.eq(tagSlug)));
    }

    private static Condition byAuthorSlug(String authorSlug) {
        return WRITEUPS.AUTHOR_ID.in(DSL.select(USERS.ID).from(USERS).where(USERS.SLUG.eq(authorSlug)));
    }

    private static List<org.jooq.SelectField<?>> cardFields() {
        return List.of(WRITEUPS.ID, WRITEUPS.SLUG, WRITEUPS.TITLE, WRITEUPS.SUMMARY, WRITEUPS.PUBLISH_AT,
                USERS.NAME, USERS.SLUG, WRITEUPS.WEEK_END);
    }

    private static WriteupCard toCard(Record r) {
        return new WriteupCard(r.get(WRITEUPS.ID), r.get(WRITEUPS.SLUG), r.get(WRITEUPS.TITLE), r.get(WRITEUPS.SUMMARY),
                r.get(WRITEUPS.PUBLISH_AT), r.get(USERS.NAME), r.get(USERS.SLUG), r.get(WRITEUPS.WEEK_END), List.of());
    }

    private static StoredWriteup toStored(Record r) {
        return new StoredWriteup(r.get(WRITEUPS.ID), r.get(WRITEUPS.SLUG), r.get(WRITEUPS.TITLE), r.get(WRITEUPS.SUMMARY),
                r.get(WRITEUPS.BODY_MARKDOWN), r.get(WRITEUPS.BODY_HTML), r.get(WRITEUPS.TAG_LIST), r.get(WRITEUPS.WEEK_END),
                Status.of(r.get(WRITEUPS.STATUS)), r.get(WRITEUPS.PUBLISH_AT), r.get(WRITEUPS.AUTHOR_ID), r.get(USERS.NAME),
                r.get(WRITEUPS.VERSION), r.get(WRITEUPS.CREATED_AT), r.get(WRITEUPS.UPDATED_AT), r.get(WRITEUPS.DELETED_AT));
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
