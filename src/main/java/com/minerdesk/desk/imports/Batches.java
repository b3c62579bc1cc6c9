package com.minerdesk.desk.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;

/** Runs one prepared statement over many rows, a bounded number of rows per JDBC batch. */
final class Batches {
    private Batches() {
    }

    static <T> void run(DSLContext tx, Query template, Collection<T> rows, int size, Function<T, Object[]> binds) {
        List<T> chunk = new ArrayList<>(Math.min(size, rows.size()));
        for (T row : rows) {
            chunk.add(row);
            if (chunk.size() == size) {
                flush(tx, template, chunk, binds);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            flush(tx, template, chunk, binds);
        }
    }

    private static <T> void flush(DSLContext tx, Query template, List<T> chunk, Function<T, Object[]> binds) {
        BatchBindStep batch = tx.batch(template);
        for (T row : chunk) {
            batch = batch.bind(binds.apply(row));
        }
        batch.execute();
    }
}
