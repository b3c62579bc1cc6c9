package com.minerdesk.desk.imports;

import com.minerdesk.market.CompanyQueries;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MetricQueries;
import com.minerdesk.market.SectorMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** Compares a checked file with the stored rows: new, changed (old → new) and unchanged rows. */
final class ImportPlanner {
    private ImportPlanner() {
    }

    static ImportPlan plan(DSLContext dsl, ParsedFile file) {
        if (!file.valid()) {
            throw new IllegalArgumentException("a file with errors cannot be imported");
        }
        if (file.kind().ledger().isPresent()) {
            return LedgerPlanner.plan(dsl, file.kind().ledger().get(), file.ledgerRows());
        }
        return file.kind().equals(CsvKind.DAILY_BARS) ? bars(dsl, file.bars()) : metrics(dsl, file.metrics());
    }

    private static ImportPlan bars(DSLContext dsl, List<BarRow> rows) {
        Map<String, Long> ids = new CompanyQueries(dsl).idsByTicker();
        TreeSet<String> tickers = new TreeSet<>();
        rows.forEach(r -> tickers.add(r.ticker()));
        LocalDate first = min(rows, BarRow::date);
        LocalDate last = max(rows, BarRow::date);
        Map<BarKey, DailyBar> stored = BarStore.existing(dsl, new HashSet<>(tickers.stream().map(ids::get).toList()),
                first, last);
        Counter c = new Counter();
        List<BarRow> write = new ArrayList<>();
        Map<BarKey, DailyBar> replaced = new HashMap<>();
        for (BarRow row : rows) {
            DailyBar r = row.bar();
            BarKey key = new BarKey(ids.get(row.ticker()), r.date());
            DailyBar old = stored.get(key);
            String subject = row.ticker() + " " + r.date();
            if (old == null) {
                write.add(row);
                c.added(() -> new RowChange(row.line(), subject, List.of(
                        added("open", r.open()), added("high", r.high()), added("low", r.low()), added("close", r.close()),
                        new FieldChange("volume_shares", null, Long.toString(r.shares())),
                        new FieldChange("market_cap", null, r.marketCap() == null ? "" : Long.toString(r.marketCap())))));
                continue;
            }
            List<FieldChange> diff = new ArrayList<>();
            compare(diff, "open", old.open(), r.open());
            compare(diff, "high", old.high(), r.high());
            compare(diff, "low", old.low(), r.low());
            compare(diff, "close", old.close(), r.close());
            compare(diff, "volume_shares", old.shares(), r.shares());
            compare(diff, "market_cap", old.marketCap(), r.marketCap());
            if (diff.isEmpty()) {
                c.unchanged++;
            } else {
                write.add(row);
                replaced.put(key, old);
                c.changed(() -> new RowChange(row.line(), subject, diff));
            }
        }
        return new ImportPlan(CsvKind.DAILY_BARS, rows.size(), c.added, c.changed, c.unchanged, c.addedSample,
                c.changedSample, write, List.of(), first, last, tickers, replaced, Map.of(), List.of());
    }

    private static ImportPlan metrics(DSLContext dsl, List<MetricRow> rows) {
        LocalDate first = min(rows, r -> r.metric().date());
        LocalDate last = max(rows, r -> r.metric().date());
        Map<LocalDate, SectorMetric> stored = new MetricQueries(dsl).between(first, last);
        Counter c = new Counter();
        List<SectorMetric> write = new ArrayList<>();
        Map<LocalDate, SectorMetric> replaced = new HashMap<>();
        for (MetricRow row : rows) {
            SectorMetric m = row.metric();
            SectorMetric old = stored.get(m.date());
            if (old == null) {
                write.add(m);
                c.added(() -> new RowChange(row.line(), m.date().toString(), List.of(
                        added("btc_price", m.btcPrice()), added("hashrate_ehs", m.hashrateEhs()),
                        added("cash_cost_per_btc", m.cashCost()), added("allin_cost_per_btc", m.allinCost()))));
            } else if (old.sameValues(m)) {
                c.unchanged++;
            } else {
                List<FieldChange> diff = new ArrayList<>();
                compare(diff, "btc_price", old.btcPrice(), m.btcPrice());
                compare(diff, "hashrate_ehs", old.hashrateEhs(), m.hashrateEhs());
                compare(diff, "cash_cost_per_btc", old.cashCost(), m.cashCost());
                compare(diff, "allin_cost_per_btc", old.allinCost(), m.allinCost());
                write.add(m);
                replaced.put(m.date(), old);
                c.changed(() -> new RowChange(row.line(), m.date().toString(), diff));
            }
        }
        return new ImportPlan(CsvKind.SECTOR_METRICS, rows.size(), c.added, c.changed, c.unchanged, c.addedSample,
                c.changedSample, List.of(), write, first, last, new TreeSet<>(), Map.of(), replaced, List.of());
    }

    private static FieldChange added(String name, BigDecimal value) {
        return new FieldChange(name, null, CsvNumbers.amount(value));
    }

    private static void compare(List<FieldChange> diff, String name, BigDecimal old, BigDecimal now) {
        if (old.compareTo(now) != 0) {
            diff.add(new FieldChange(name, CsvNumbers.amount(old), CsvNumbers.amount(now)));
        }
    }

    /** Whole numbers; a missing market cap (computed from the shares outstanding) reads as empty. */
    private static void compare(List<FieldChange> diff, String name, Long old, Long now) {
        if (!Objects.equals(old, now)) {
            diff.add(new FieldChange(name, old == null ? "" : Long.toString(old), now == null ? "" : Long.toString(now)));
        }
    }

    static <T> LocalDate min(List<T> rows, Function<T, LocalDate> date) {
        return rows.stream().map(date).min(Comparator.naturalOrder()).orElseThrow();
    }

    static <T> LocalDate max(List<T> rows, Function<T, LocalDate> date) {
        return rows.stream().map(date).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Counts rows and keeps the first {@link ImportPlan#SAMPLE} new and changed ones for the preview. */
    static final class Counter {
        int added;
        int changed;
        int unchanged;
        final List<RowChange> addedSample = new ArrayList<>();
        final List<RowChange> changedSample = new ArrayList<>();

        void added(Supplier<RowChange> row) {
            added++;
            if (addedSample.size() < ImportPlan.SAMPLE) {
                addedSample.add(row.get());
            }
        }

        void changed(Supplier<RowChange> row) {
            changed++;
            if (changedSample.size() < ImportPlan.SAMPLE) {
                changedSample.add(row.get());
            }
        }
    }
}
