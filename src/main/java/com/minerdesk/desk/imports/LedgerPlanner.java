package com.minerdesk.desk.imports;

import com.minerdesk.ledger.LedgerKind;
import com.minerdesk.ledger.LedgerRow;
import com.minerdesk.ledger.LedgerTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Compares the rows of a ledger file with the current versions of their keys: a new key, a
 * restatement (other facts: "was X, now Y" per fact) or unchanged, as {@link LedgerTable#append} will.
 */
final class LedgerPlanner {
    private LedgerPlanner() {
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> ImportPlan plan(DSLContext dsl, LedgerKind<R> kind, List<LedgerRow> rows) {
        LedgerTable<R> table = kind.table();
        List<R> records = rows.stream().map(r -> (R) r.record()).toList();
        Map<List<Object>, R> current = table.currentVersions(dsl, records);
        ImportPlanner.Counter c = new ImportPlanner.Counter();
        List<LedgerRow> write = new ArrayList<>();
        for (LedgerRow row : rows) {
            R r = (R) row.record();
            R old = current.get(table.keyOf(r));
            List<FieldChange> diff = new ArrayList<>();
            for (TableField<R, ?> f : table.facts()) {
                String before = old == null ? null : text(old.get(f));
                String after = text(r.get(f));
                if (old == null || !before.equals(after)) {
                    diff.add(new FieldChange(f.getName(), before, after));
                }
            }
            if (old != null && diff.isEmpty()) {
                c.unchanged++;
                continue;
            }
            write.add(row);
            RowChange change = new RowChange(row.line(), kind.subject(r), diff);
            if (old == null) {
                c.added(() -> change);
            } else {
                c.changed(() -> change);
            }
        }
        return new ImportPlan(kind.csv(), rows.size(), c.added, c.changed, c.unchanged, c.addedSample, c.changedSample,
                List.of(), List.of(), ImportPlanner.min(records, kind::day), ImportPlanner.max(records, kind::day),
                new TreeSet<>(), Map.of(), Map.of(), write);
    }

    /** A value as the CSV writes it; numbers by value (2.50 is 2.5), as the ledger compares them. */
    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value, "");
    }
}
