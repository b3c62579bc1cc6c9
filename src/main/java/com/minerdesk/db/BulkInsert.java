package com.minerdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Loader;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Many rows into one table inside the caller's transaction: multi-row inserts of a few hundred
 * rows each, sent as JDBC batches, so that a statement is rendered per few hundred rows rather than
 * per row. An identity column is left to the database.
 */
public final class BulkInsert {
    private static final int ROWS_PER_STATEMENT = 250;
    private static final int STATEMENTS_PER_BATCH = 20;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void into(DSLContext tx, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        List<Field<?>> fields = Arrays.stream(table.fields()).filter(f -> !f.equals(identity)).toList();
        List<Object[]> values = records.stream().map(r -> fields.stream().map(r::get).toArray()).toList();
        Loader<R> loader;
        try {
            loader = tx.loadInto(table).bulkAfter(ROWS_PER_STATEMENT).batchAfter(STATEMENTS_PER_BATCH).commitNone()
                    .onErrorAbort().loadArrays(values).fields(fields).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!loader.errors().isEmpty()) {
            Throwable cause = loader.errors().get(0).exception();
            throw new IllegalStateException("Storing " + table.getName() + " failed: " + cause.getMessage(), cause);
        }
    }
}
