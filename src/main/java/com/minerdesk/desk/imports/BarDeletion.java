package com.minerdesk.desk.imports;

import com.minerdesk.db.Database;
import com.minerdesk.market.DailyBar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Deletes the bars of one company between two dates, as an entry of the import log that keeps the
 * deleted rows, so that the deletion can be rolled back like an import.
 */
public final class BarDeletion {
    private final Database db;
    private final Clock clock;

    public BarDeletion(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    List<StoredBar> preview(long companyId, LocalDate from, LocalDate to) {
        return BarStore.ofCompany(db.dsl(), companyId, from, to);
    }

    /**
     * Deletes the bars, unless their number is no longer {@code expected} (they changed since the
     * preview); returns the log entry's id, or empty when nothing was deleted.
     */
    OptionalLong delete(long companyId, LocalDate from, LocalDate to, int expected, ImportActor actor,
            BiConsumer<DSLContext, List<StoredBar>> alsoInTransaction) {
        return db.write(tx -> {
            List<StoredBar> bars = BarStore.ofCompany(tx, companyId, from, to);
            if (bars.isEmpty() || bars.size() != expected) {
                return OptionalLong.empty();
            }
            Map<BarKey, DailyBar> previous = bars.stream().collect(Collectors.toMap(StoredBar::key, StoredBar::bar));
            List<BarKey> keys = bars.stream().map(StoredBar::key).toList();
            BarStore.delete(tx, keys);
            LocalDate first = bars.get(0).bar().date();
            LocalDate last = bars.get(bars.size() - 1).bar().date();
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = ImportLog.recordChange(tx, actor, ChangeOperation.DELETE, CsvKind.DAILY_BARS, 0, bars.size(), first,
                    last, now);
            ChangeJournal.bars(tx, id, keys, previous);
            MarketChanges.record(tx, first, last, now);
            alsoInTransaction.accept(tx, bars);
            return OptionalLong.of(id);
        });
    }
}
