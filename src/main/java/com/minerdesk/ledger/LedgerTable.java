package com.minerdesk.ledger;

import static com.minerdesk.db.generated.Tables.IMPORTS;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * One append-only table of the operating ledger (V47): every row is a version of a key (a day, a
 * company and month, a contract), exactly one version per key is current, and each version names the
 * import-log entry that added it. A figure that changes is a new version, so a restatement keeps
 * the figure it replaces; rolling an entry back deletes the versions it added and makes the newest
 * remaining version of each key current again.
 *
 * @param keys the columns that name a fact (for example company_id and month)
 * @param facts the columns a source gives: a version whose facts equal the current one's is not stored
 */
public record LedgerTable<R extends Record>(Table<R> table, List<TableField<R, ?>> keys, List<TableField<R, ?>> facts,
        TableField<R, Integer> version, TableField<R, Boolean> current, TableField<R, Long> importId,
        TableField<R, OffsetDateTime> recordedAt) {
    private static final int CHUNK = 500;

    /** What {@link #append} did with each row it was given. */
    public record Appended(int added, int restated, int unchanged) {
        public int written() {
            return added + restated;
        }
    }

    /**
     * Stores each row as the new current version of its key, unless its facts equal the current
     * version's. {@code rows} hold values for the key and fact columns; the bookkeeping columns are
     * set here. Runs in the caller's transaction.
     */
    public Appended append(DSLContext tx, long entryId, OffsetDateTime at, List<R> rows) {
        Map<List<Object>, R> currentByKey = currentVersions(tx, rows);
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<List<Object>> restatedKeys = new ArrayList<>();
        List<R> inserts = new ArrayList<>();
        int unchanged = 0;
        for (R row : rows) {
            List<Object> key = keyOf(row);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("the key " + key + " is given twice: one version per key at a time");
            }
            R current = currentByKey.get(key);
            if (current != null && sameFacts(current, row)) {
                unchanged++;
                continue;
            }
            if (current != null) {
                restatedKeys.add(key);
            }
            R stored = tx.newRecord(table);
            for (TableField<R, ?> f : keys) {
                copy(row, stored, f);
            }
            for (TableField<R, ?> f : facts) {
                copy(row, stored, f);
            }
            // a key without a current version has no version at all: rollback deletes a key's last version only with it
            stored.set(version, current == null ? 1 : current.get(version) + 1);
            stored.set(this.current, true);
            stored.set(importId, entryId);
            stored.set(recordedAt, at);
            inserts.add(stored);
        }
        for (List<List<Object>> chunk : chunks(restatedKeys)) {
            tx.update(table).set(this.current, false).where(this.current.isTrue()).and(anyKey(chunk)).execute();
        }
        for (int i = 0; i < inserts.size(); i += CHUNK) {
            // one multi-row INSERT per chunk: every row sets the same columns
            InsertSetMoreStep<R> insert = tx.insertInto(table).set(inserts.get(i));
            for (R r : inserts.subList(i + 1, Math.min(inserts.size(), i + CHUNK))) {
                insert = insert.newRecord().set(r);
            }
            insert.execute();
        }
        return new Appended(inserts.size() - restatedKeys.size(), restatedKeys.size(), unchanged);
    }

    /** Whether {@code row} would be stored (its key has no current version, or other facts). */
    public boolean wouldChange(DSLContext dsl, R row) {
        R current = currentVersions(dsl, List.of(row)).get(keyOf(row));
        return current == null || !sameFacts(current, row);
    }

    /** The current version of each given row's key, by key. */
    public Map<List<Object>, R> currentVersions(DSLContext dsl, List<R> rows) {
        Map<List<Object>, R> out = new LinkedHashMap<>();
        Set<List<Object>> wanted = new LinkedHashSet<>();
        rows.forEach(r -> wanted.add(keyOf(r)));
        for (List<List<Object>> chunk : chunks(new ArrayList<>(wanted))) {
            fetchCurrent(dsl, chunk, out);
        }
        return out;
    }

    /**
     * Deletes the versions entry {@code entryId} added and makes the newest remaining version of each
     * of their keys current. The caller checks {@link #laterEntriesOnSameKeys} first.
     */
    public int rollback(DSLContext tx, long entryId) {
        List<List<Object>> touched = tx.selectDistinct(keys).from(table).where(importId.eq(entryId))
                .fetch(r -> List.of(r.intoArray()));
        int deleted = tx.deleteFrom(table).where(importId.eq(entryId)).execute();
        Table<R> newer = table.as("newer");
        Condition sameKey = DSL.trueCondition();
        for (TableField<R, ?> k : keys) {
            sameKey = sameKey.and(same(newer, table, k));
        }
        for (List<List<Object>> chunk : chunks(touched)) {
            tx.update(table).set(current, true).where(anyKey(chunk))
                    .andNotExists(DSL.selectOne().from(newer).where(sameKey).and(newer.field(version).gt(version)))
                    .execute();
        }
        return deleted;
    }

    /**
     * The later entries, not rolled back, that added versions of a key this entry added a version
     * of, newest first: rolling this entry back first would leave their restatements on a missing base.
     */
    public List<Long> laterEntriesOnSameKeys(DSLContext dsl, long entryId) {
        Table<R> a = table.as("mine");
        Table<R> b = table.as("later");
        Condition sameKey = DSL.trueCondition();
        for (TableField<R, ?> k : keys) {
            sameKey = sameKey.and(same(a, b, k));
        }
        return dsl.selectDistinct(b.field(importId)).from(a).join(b).on(sameKey)
                .and(b.field(importId).gt(a.field(importId)))
                .join(IMPORTS).on(IMPORTS.ID.eq(b.field(importId)))
                .where(a.field(importId).eq(entryId)).and(IMPORTS.ROLLED_BACK_AT.isNull())
                .orderBy(b.field(importId).desc())
                .fetch(0, Long.class);
    }

    /** Every version of one key, newest first: the restatement history. */
    public List<R> history(DSLContext dsl, List<Object> key) {
        return dsl.selectFrom(table).where(keyIs(key)).orderBy(version.desc()).fetch();
    }

    /** How many versions each entry added, and how many of those were new keys (version 1). */
    public Map<Long, Appended> addedBy(DSLContext dsl, List<Long> entryIds) {
        Map<Long, Appended> out = new LinkedHashMap<>();
        Field<Integer> firsts = DSL.count().filterWhere(version.eq(1));
        Field<Integer> all = DSL.count();
        dsl.select(importId, firsts, all).from(table).where(importId.in(entryIds)).groupBy(importId)
                .forEach(r -> out.put(r.get(importId), new Appended(r.get(firsts), r.get(all) - r.get(firsts), 0)));
        return out;
    }

    public List<Object> keyOf(Record row) {
        List<Object> key = new ArrayList<>(keys.size());
        for (TableField<R, ?> k : keys) {
            key.add(row.get(k));
        }
        return List.copyOf(key);
    }

    public Condition keyIs(List<Object> key) {
        Condition c = DSL.trueCondition();
        for (int i = 0; i < keys.size(); i++) {
            c = c.and(eq(keys.get(i), key.get(i)));
        }
        return c;
    }

    private void fetchCurrent(DSLContext dsl, List<List<Object>> chunk, Map<List<Object>, R> out) {
        dsl.selectFrom(table).where(current.isTrue()).and(anyKey(chunk)).forEach(r -> out.put(keyOf(r), r));
    }

    private Condition anyKey(List<List<Object>> chunk) {
        Condition anyKey = DSL.falseCondition();
        for (List<Object> key : chunk) {
            anyKey = anyKey.or(keyIs(key));
        }
        return anyKey;
    }

    /** Keys in groups small enough for one statement's conditions. */
    private static List<List<List<Object>>> chunks(List<List<Object>> keys) {
        List<List<List<Object>>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            out.add(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
        }
        return out;
    }

    private boolean sameFacts(R a, R b) {
        for (TableField<R, ?> f : facts) {
            if (!equalValues(a.get(f), b.get(f))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers compare by value (2.50 equals 2.5), as the database does. */
    private static boolean equalValues(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static <T> void copy(Record from, Record to, Field<T> f) {
        to.set(f, from.get(f));
    }

    private static <T> Condition eq(Field<T> f, Object value) {
        return value == null ? f.isNull() : f.eq(f.getDataType().convert(value));
    }

    private static <T> Condition same(Table<?> a, Table<?> b, Field<T> f) {
        return a.field(f).eq(b.field(f));
    }
}
