package com.minerdesk.writeups;

import com.minerdesk.desk.Checked;
import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_OLD_SLUGS;
import static com.minerdesk.db.generated.Tables.WRITEUP_REVISIONS;

import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.WriteupRevisionsRecord;
import com.minerdesk.db.generated.tables.records.WriteupsRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Every change to write-ups: create, save (with conflict detection on the version), status
 * changes, delete and undelete, restoring a revision. Each one is a single {@link Database#write}
 * transaction that renders the body, stores a revision, refreshes tags, companies and the search
 * index, and writes the audit entry.
 */
public final class WriteupStore {
    private final Database db;
    private final WriteupRenderer renderer;
    private final Clock clock;
    private final BodyChecks checks;

    public WriteupStore(Database db, WriteupRenderer renderer, Clock clock, BodyChecks checks) {
        this.db = db;
        this.renderer = renderer;
        this.clock = clock;
        this.checks = checks;
    }

    /** The body's report, and the refusal when it cannot be published as it stands. */
    private record Checked(BodyReport report, SaveOutcome.Invalid refusal) {
    }

    private Checked checked(WriteupInput input) {
        BodyReport report = checks.check(input.body(), input.weekEnd());
        boolean publishing = input.status() != Status.DRAFT;
        if (BodyChecks.weekMissing(checks, input.body(), publishing, input.weekEnd())) {
            return new Checked(report, new SaveOutcome.Invalid(Map.of("week", BodyChecks.WEEK_NEEDED)));
        }
        return new Checked(report, BodyChecks.publishingBlocked(report, publishing, input.acknowledged())
                .map(why -> new SaveOutcome.Invalid(Map.of("body", why))).orElse(null));
    }

    public SaveOutcome create(CurrentUser user, String clientIp, WriteupInput input) {
        return create(user, clientIp, input, null);
    }

    /**
     * A draft saved while it is typed. Each editing session ({@code key}, made by the page) keeps one
     * revision: its first autosave writes it (and creates the write-up when {@code id} is null), later
     * ones rewrite it with the new version number, so the version list keeps one line per session.
     * Only drafts are autosaved: a public write-up changes only when the editor presses Save.
     */
    public SaveOutcome autosave(Long id, int expectedVersion, String key, CurrentUser user, String clientIp, WriteupInput input) {
        if (input.status() != Status.DRAFT) {
            return new SaveOutcome.Invalid(Map.of("status", "Only drafts save themselves: press Save to change a public write-up."));
        }
        if (id == null) {
            return create(user, clientIp, input, key);
        }
        Rendered rendered = renderer.render(input.body(), new RenderContext(id, input.weekEnd()));
        BodyReport report = checks.check(input.body(), input.weekEnd());
        return slugGuarded(tx -> atVersion(tx, id, expectedVersion, row -> {
            if (!Status.DRAFT.value().equals(row.getStatus())) {
                return new SaveOutcome.Invalid(Map.of("status", "This write-up is public: press Save to change it."));
            }
            String slug = slugFor(tx, input, id);
            if (slug == null) {
                return slugTaken(input);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String oldSlug = row.getSlug();
            fill(row, input, slug, rendered, null);
            nextVersion(row, now);
            moveSlug(tx, id, oldSlug, slug);
            if (refresh(tx, row, input, rendered, user, now, "autosaved", key)) {
                Audit.record(tx, now, user, clientIp, "writeup-autosaved", subject(row));
            }
            checks.store(tx, id, input.weekEnd(), report, null);
            return new SaveOutcome.Saved(id, row.getVersion());
        }));
    }

    private SaveOutcome create(CurrentUser user, String clientIp, WriteupInput input, String autosaveKey) {
        Checked checked = checked(input);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        // rendered before the transaction: its live figures are read on connections of their own
        Rendered rendered = renderer.render(input.body(), new RenderContext(null, input.weekEnd()));
        return slugGuarded(tx -> {
            String slug = slugFor(tx, input, null);
            if (slug == null) {
                return slugTaken(input);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            WriteupsRecord row = tx.newRecord(WRITEUPS);
            fill(row, input, slug, rendered, publishAt(input, null, now));
            row.setAuthorId(user.id());
            row.setVersion(1);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.store();
            refresh(tx, row, input, rendered, user, now, autosaveKey == null ? "created" : "created by autosave", autosaveKey);
            checks.store(tx, row.getId(), input.weekEnd(), checked.report(), acknowledger(input, checked.report(), user));
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "writeup-created", subject(row));
            if (input.status() != Status.DRAFT) {
                Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "writeup-" + input.status().value(), subject(row));
            }
            return new SaveOutcome.Saved(row.getId(), row.getVersion());
        });
    }

    /** Saves over version {@code expectedVersion}; a different current version is a conflict. */
    public SaveOutcome save(long id, int expectedVersion, CurrentUser user, String clientIp, WriteupInput input) {
        Checked checked = checked(input);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Rendered rendered = renderer.render(input.body(), new RenderContext(id, input.weekEnd()));
        return slugGuarded(tx -> atVersion(tx, id, expectedVersion, row -> {
            String slug = slugFor(tx, input, id);
            if (slug == null) {
                return slugTaken(input);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String statusBefore = row.getStatus();
            OffsetDateTime publishAtBefore = row.getPublishAt();
            String oldSlug = row.getSlug();
            fill(row, input, slug, rendered, publishAt(input, row, now));
            nextVersion(row, now);
            moveSlug(tx, id, oldSlug, slug);
            afterWrite(tx, row, input, rendered, user, now, "saved");
            checks.store(tx, id, input.weekEnd(), checked.report(), acknowledger(input, checked.report(), user));
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, action(statusBefore, publishAtBefore, row), subject(row));
            return new SaveOutcome.Saved(id, row.getVersion());
        }));
    }

    /** Two saves that take the same free slug at once: the unique constraint stops the second. */
    private SaveOutcome slugGuarded(java.util.function.Function<DSLContext, SaveOutcome> work) {
        try {
            return db.write(work);
        } catch (IntegrityConstraintViolationException e) {
            return new SaveOutcome.Invalid(Map.of("slug", "Another write-up took this address a moment ago: choose another."));
        }
    }

    /** The typed slug, or one made from the title; null when the typed one belongs to another write-up. */
    private static String slugFor(DSLContext tx, WriteupInput input, Long self) {
        if (input.slug().isEmpty()) {
            return freeSlug(tx, Slugs.of(input.title(), Slugs.MAX), self);
        }
        return slugTaken(tx, input.slug(), self) ? null : input.slug();
    }

    private static SaveOutcome slugTaken(WriteupInput input) {
        return new SaveOutcome.Invalid(Map.of("slug", "Another write-up uses the address '" + input.slug() + "' already."));
    }

    /** Back to draft: off every public page at once. */
    public SaveOutcome unpublish(long id, int expectedVersion, CurrentUser user, String clientIp) {
        return db.write(tx -> atVersion(tx, id, expectedVersion, row -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            row.setStatus(Status.DRAFT.value());
            row.setPublishAt(null);
            nextVersion(row, now);
            SearchIndex.publicFrom(tx, id, null);
            revision(tx, row, user, now, "unpublished");
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "writeup-unpublished", subject(row));
            return new SaveOutcome.Saved(id, row.getVersion());
        }));
    }

    /**
     * Restores an old version's title, summary, tags, week and text as a new version. The slug stays;
     * the publication state stays too, unless {@code takeStatus}, when the old version's status and
     * publication time come back with it (publishing is then checked as a save would be).
     */
    public SaveOutcome restoreRevision(long id, int expectedVersion, int revision, boolean takeStatus, CurrentUser user,
            String clientIp) {
        // revisions never change: read, rendered and checked before the transaction
        Revision old = new RevisionQueries(db.dsl()).one(id, revision).orElse(null);
        if (old == null) {
            return new SaveOutcome.NotFound();
        }
        Rendered rendered = renderer.render(old.bodyMarkdown(), new RenderContext(id, old.weekEnd()));
        BodyReport report = checks.check(old.bodyMarkdown(), old.weekEnd());
        Status oldStatus = Status.of(old.status());
        if (takeStatus) {
            var blocked = BodyChecks.publishingBlocked(report, oldStatus != Status.DRAFT, false);
            if (blocked.isPresent()) {
                return new SaveOutcome.Invalid(Map.of("body", blocked.get()));
            }
        }
        return db.write(tx -> atVersion(tx, id, expectedVersion, row -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Status status = takeStatus ? oldStatus : Status.of(row.getStatus());
            OffsetDateTime publishAt = takeStatus ? (oldStatus == Status.DRAFT ? null : old.publishAt()) : row.getPublishAt();
            String statusBefore = row.getStatus();
            OffsetDateTime publishAtBefore = row.getPublishAt();
            WriteupInput input = new WriteupInput(old.title(), row.getSlug(), old.summary(), old.bodyMarkdown(),
                    splitTags(old.tagList()), old.weekEnd(), status, publishAt);
            fill(row, input, row.getSlug(), rendered, publishAt);
            nextVersion(row, now);
            afterWrite(tx, row, input, rendered, user, now, "restored version " + revision + (takeStatus ? " with its status" : ""));
            checks.store(tx, id, input.weekEnd(), report, null);
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "writeup-revision-restored", subject(row) + " (version " + revision + ")");
            if (takeStatus && !"writeup-saved".equals(action(statusBefore, publishAtBefore, row))) {
                Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, action(statusBefore, publishAtBefore, row), subject(row));
            }
            return new SaveOutcome.Saved(id, row.getVersion());
        }));
    }

    /** Soft delete: gone from every page and list, recoverable by an admin. */
    public boolean delete(long id, CurrentUser user, String clientIp) {
        return db.write(tx -> {
            WriteupsRecord row = lockLive(tx, id);
            if (row == null) {
                return false;
            }
            row.setDeletedAt(OffsetDateTime.now(clock));
            row.setDeletedBy(user.id());
            row.update();
            SearchIndex.publicFrom(tx, id, null);
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "writeup-deleted", subject(row));
            return true;
        });
    }

    public boolean undelete(long id, CurrentUser admin, String clientIp) {
        return db.write(tx -> {
            WriteupsRecord row = tx.selectFrom(WRITEUPS).where(WRITEUPS.ID.eq(id)).and(WRITEUPS.DELETED_AT.isNotNull())
                    .forUpdate().fetchOne();
            if (row == null) {
                return false;
            }
            row.setDeletedAt(null);
            row.setDeletedBy(null);
            row.update();
            SearchIndex.publicFrom(tx, id, publicFrom(row));
            Audit.record(tx, OffsetDateTime.now(clock), admin, clientIp, "writeup-restored", subject(row));
            return true;
        });
    }

    // ---- inside the transaction

    /** Runs {@code change} on the live write-up locked in {@code tx} when it is still at {@code expectedVersion}. */
    private SaveOutcome atVersion(DSLContext tx, long id, int expectedVersion,
            java.util.function.Function<WriteupsRecord, SaveOutcome> change) {
        WriteupsRecord row = lockLive(tx, id);
        if (row == null) {
            return new SaveOutcome.NotFound();
        }
        if (row.getVersion() != expectedVersion) {
            return conflict(tx, id);
        }
        return change.apply(row);
    }

    /** Stores the changed row as the next version. */
    private static void nextVersion(WriteupsRecord row, OffsetDateTime now) {
        row.setVersion(row.getVersion() + 1);
        row.setUpdatedAt(now);
        row.update();
    }

    private static WriteupsRecord lockLive(DSLContext tx, long id) {
        return tx.selectFrom(WRITEUPS).where(WRITEUPS.ID.eq(id)).and(WRITEUPS.DELETED_AT.isNull()).forUpdate().fetchOne();
    }

    private SaveOutcome conflict(DSLContext tx, long id) {
        return new SaveOutcome.Conflict(new WriteupQueries(tx, clock).stored(id).orElseThrow());
    }

    static void fill(WriteupsRecord row, WriteupInput input, String slug, Rendered rendered, OffsetDateTime publishAt) {
        row.setSlug(slug);
        row.setTitle(input.title());
        row.setSummary(input.summary());
        row.setBodyMarkdown(input.body());
        row.setBodyHtml(rendered.html());
        row.setBodyText(rendered.text());
        row.setTagList(input.tagList());
        row.setWeekEnd(input.weekEnd());
        row.setStatus(input.status().value());
        row.setPublishAt(publishAt);
    }

    /**
     * Published keeps its first publication time (or takes an explicit one: imported and demo content);
     * scheduled takes the chosen time; drafts have none.
     */
    private static OffsetDateTime publishAt(WriteupInput input, WriteupsRecord current, OffsetDateTime now) {
        return switch (input.status()) {
            case DRAFT -> null;
            case SCHEDULED -> input.publishAt();
            case PUBLISHED -> input.publishAt() != null ? input.publishAt() : current != null && current.getPublishAt() != null && !current.getPublishAt().isAfter(now)
                    && !Status.DRAFT.value().equals(current.getStatus()) ? current.getPublishAt() : now;
        };
    }

    /** When the write-up is public from, for the search index: never while a draft or deleted. */
    private static OffsetDateTime publicFrom(WriteupsRecord row) {
        boolean hidden = row.getDeletedAt() != null || Status.DRAFT.value().equals(row.getStatus());
        return hidden ? null : row.getPublishAt();
    }

    private static String acknowledger(WriteupInput input, BodyReport report, CurrentUser user) {
        return input.acknowledged() && report.hasMismatches() && input.status() != Status.DRAFT ? user.name() : null;
    }

    private void afterWrite(DSLContext tx, WriteupsRecord row, WriteupInput input, Rendered rendered,
            CurrentUser user, OffsetDateTime now, String note) {
        refresh(tx, row, input, rendered, user, now, note, null);
    }

    /** Tags, companies, the search index and the revision; true when a new revision was written. */
    private boolean refresh(DSLContext tx, WriteupsRecord row, WriteupInput input, Rendered rendered,
            CurrentUser user, OffsetDateTime now, String note, String autosaveKey) {
        long id = row.getId();
        TagWriter.replace(tx, id, input.tags());
        tx.deleteFrom(WRITEUP_COMPANIES).where(WRITEUP_COMPANIES.WRITEUP_ID.eq(id)).execute();
        for (Long companyId : rendered.companyIds()) {
            tx.insertInto(WRITEUP_COMPANIES).set(WRITEUP_COMPANIES.WRITEUP_ID, id)
                    .set(WRITEUP_COMPANIES.COMPANY_ID, companyId).execute();
        }
        SearchIndex.reindex(tx, id, row.getTitle(), row.getSummary(), renderer.indexText(rendered.text()), publicFrom(row));
        WriteupRevisionsRecord latest = autosaveKey == null ? null : tx.selectFrom(WRITEUP_REVISIONS)
                .where(WRITEUP_REVISIONS.WRITEUP_ID.eq(id)).orderBy(WRITEUP_REVISIONS.VERSION.desc()).limit(1).fetchOne();
        boolean sameSession = latest != null && autosaveKey.equals(latest.getAutosaveKey()) && latest.getSavedBy() == user.id();
        if (sameSession) {
            tx.deleteFrom(WRITEUP_REVISIONS).where(WRITEUP_REVISIONS.ID.eq(latest.getId())).execute();
        }
        WriteupRevisionsRecord r = revisionOf(row, user.id(), now, sameSession ? latest.getNote() : note);
        r.setAutosaveKey(autosaveKey);
        tx.executeInsert(r);
        return !sameSession;
    }

    private static void revision(DSLContext tx, WriteupsRecord row, CurrentUser user, OffsetDateTime now, String note) {
        tx.executeInsert(revisionOf(row, user.id(), now, note));
    }

    static WriteupRevisionsRecord revisionOf(WriteupsRecord row, long savedBy, OffsetDateTime now, String note) {
        WriteupRevisionsRecord r = new WriteupRevisionsRecord();
        r.setWriteupId(row.getId());
        r.setVersion(row.getVersion());
        r.setSlug(row.getSlug());
        r.setTitle(row.getTitle());
        r.setSummary(row.getSummary());
        r.setBodyMarkdown(row.getBodyMarkdown());
        r.setTagList(row.getTagList());
        r.setWeekEnd(row.getWeekEnd());
        r.setStatus(row.getStatus());
        r.setPublishAt(row.getPublishAt());
        r.setSavedBy(savedBy);
        r.setSavedAt(now);
        r.setNote(note);
        return r;
    }

    /** Keeps the old address redirecting; taking back an own old slug removes it from the old ones. */
    private static void moveSlug(DSLContext tx, long id, String oldSlug, String newSlug) {
        if (oldSlug.equals(newSlug)) {
            return;
        }
        tx.deleteFrom(WRITEUP_OLD_SLUGS).where(WRITEUP_OLD_SLUGS.SLUG.eq(newSlug)).execute();
        tx.insertInto(WRITEUP_OLD_SLUGS).set(WRITEUP_OLD_SLUGS.SLUG, oldSlug).set(WRITEUP_OLD_SLUGS.WRITEUP_ID, id)
                .onDuplicateKeyIgnore().execute();
    }

    /** A slug is taken when another write-up has it now or had it before (its old address must keep working). */
    private static boolean slugTaken(DSLContext tx, String slug, Long self) {
        var current = WRITEUPS.SLUG.eq(slug);
        var old = WRITEUP_OLD_SLUGS.SLUG.eq(slug);
        if (self != null) {
            current = current.and(WRITEUPS.ID.ne(self));
            old = old.and(WRITEUP_OLD_SLUGS.WRITEUP_ID.ne(self));
        }
        return tx.fetchExists(WRITEUPS, current) || tx.fetchExists(WRITEUP_OLD_SLUGS, old);
    }

    private static String freeSlug(DSLContext tx, String base, Long self) {
        String root = base.isEmpty() ? "writeup" : base;
        String slug = root;
        for (int n = 2; slugTaken(tx, slug, self); n++) {
            String suffix = "-" + n;
            slug = (root.length() + suffix.length() > Slugs.MAX ? root.substring(0, Slugs.MAX - suffix.length()) : root) + suffix;
        }
        return slug;
    }

    /** "writeup-saved", or the change of publication state the save made. */
    private static String action(String statusBefore, OffsetDateTime publishAtBefore, WriteupsRecord after) {
        String is = after.getStatus();
        if (Objects.equals(statusBefore, is) && Objects.equals(publishAtBefore, after.getPublishAt())) {
            return "writeup-saved";
        }
        return Status.DRAFT.value().equals(is) ? "writeup-unpublished" : "writeup-" + is;
    }

    private static String subject(WriteupsRecord row) {
        return "#" + row.getId() + " " + row.getTitle();
    }

    private static java.util.List<String> splitTags(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
