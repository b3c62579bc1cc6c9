package com.minerdesk.writeups;

import static com.minerdesk.db.generated.Tables.WRITEUPS;
import static com.minerdesk.db.generated.Tables.WRITEUP_COMPANIES;
import static com.minerdesk.db.generated.Tables.WRITEUP_REVISIONS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TAGS;
import static com.minerdesk.db.generated.Tables.WRITEUP_TERMS;

import com.minerdesk.db.BulkInsert;
import com.minerdesk.db.generated.tables.records.WriteupCompaniesRecord;
import com.minerdesk.db.generated.tables.records.WriteupRevisionsRecord;
import com.minerdesk.db.generated.tables.records.WriteupTagsRecord;
import com.minerdesk.db.generated.tables.records.WriteupTermsRecord;
import com.minerdesk.db.generated.tables.records.WriteupsRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Stores many published write-ups inside the caller's transaction with batched inserts (rendered before it), writing the
 * rows a save writes (the write-up, its first revision, tags, mentioned companies, search terms)
 * with {@link BulkInsert}. For loading a large sample set into
 * an empty database: the slugs must be free, and no audit entry is written per write-up.
 */
public final class WriteupBulkLoad {
    private final WriteupRenderer renderer;
    private final OffsetDateTime now;
    private final Map<String, Long> tagIds = new HashMap<>();

    public WriteupBulkLoad(WriteupRenderer renderer, OffsetDateTime now) {
        this.renderer = renderer;
        this.now = now;
    }

    /** A batch rendered ahead of its transaction (rendering reads the market data on its own connections). */
    public record Batch(List<WriteupInput> inputs, List<Rendered> rendered) {
    }

    /** Renders published write-ups, each with its own slug and publication time; call outside a transaction. */
    public Batch render(List<WriteupInput> inputs) {
        List<Rendered> rendered = new ArrayList<>(inputs.size());
        for (WriteupInput input : inputs) {
            if (input.status() != Status.PUBLISHED || input.publishAt() == null || input.slug().isEmpty()) {
                throw new IllegalArgumentException("bulk-loaded write-ups are published, with a slug and a time: " + input.title());
            }
            rendered.add(renderer.render(input.body(), new RenderContext(null, input.weekEnd())));
        }
        return new Batch(List.copyOf(inputs), rendered);
    }

    /** Stores a rendered batch in the caller's transaction {@code tx}, written by {@code authorId}. */
    public void store(DSLContext tx, long authorId, Batch batch) {
        List<WriteupInput> inputs = batch.inputs();
        List<Rendered> rendered = batch.rendered();
        List<WriteupsRecord> rows = new ArrayList<>(inputs.size());
        for (int n = 0; n < inputs.size(); n++) {
            WriteupInput input = inputs.get(n);
            Rendered r = rendered.get(n);
            WriteupsRecord row = new WriteupsRecord();
            WriteupStore.fill(row, input, input.slug(), r, input.publishAt());
            row.setAuthorId(authorId);
            row.setVersion(1);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            rows.add(row);
        }
        load(tx, WRITEUPS, rows);
        Map<String, Long> ids = tx.select(WRITEUPS.SLUG, WRITEUPS.ID).from(WRITEUPS)
                .where(WRITEUPS.SLUG.in(rows.stream().map(WriteupsRecord::getSlug).toList()))
                .fetchMap(WRITEUPS.SLUG, WRITEUPS.ID);

        List<WriteupRevisionsRecord> revisions = new ArrayList<>(rows.size());
        List<WriteupTagsRecord> tags = new ArrayList<>();
        List<WriteupCompaniesRecord> companies = new ArrayList<>();
        List<WriteupTermsRecord> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            WriteupsRecord row = rows.get(i);
            long id = ids.get(row.getSlug());
            row.setId(id);
            revisions.add(WriteupStore.revisionOf(row, authorId, now, "created"));
            int order = 0;
            for (String name : inputs.get(i).tags()) {
                long tagId = tagIds.computeIfAbsent(name, n -> TagWriter.idOf(tx, n));
                tags.add(new WriteupTagsRecord(id, tagId, order++));
            }
            for (Long companyId : rendered.get(i).companyIds()) {
                companies.add(new WriteupCompaniesRecord(id, companyId));
            }
            terms.addAll(SearchIndex.terms(id, row.getTitle(), row.getSummary(), rendered.get(i).text(), row.getPublishAt()));
        }
        load(tx, WRITEUP_REVISIONS, revisions);
        load(tx, WRITEUP_TAGS, tags);
        load(tx, WRITEUP_COMPANIES, companies);
        load(tx, WRITEUP_TERMS, terms);
    }

    private static <R extends TableRecord<R>> void load(DSLContext tx, Table<R> table, List<R> records) {
        BulkInsert.into(tx, table, records);
    }
}
