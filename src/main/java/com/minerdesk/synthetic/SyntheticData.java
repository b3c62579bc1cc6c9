package com.minerdesk.synthetic;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static com.minerdesk.db.generated.Tables.SITE_STATE;
import static com.minerdesk.db.generated.Tables.WRITEUPS;

import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.BulkInsert;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.DailyBarsRecord;
import com.minerdesk.db.generated.tables.records.PivotEventsRecord;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.minerdesk.writeups.WriteupBulkLoad;
import com.minerdesk.writeups.WriteupRenderer;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * A large sample data set for measuring: the companies of the facts sheet plus made-up ones, years of
 * daily bars ending with the reference week, weekly sector metrics, pivot events and published
 * write-ups with live-data placeholders and company mentions. It fills an empty
 * database only, in one transaction through {@link Database#write}, and flags the data as sample so
 * that every page says so. The same options always give the same data (fixed seed).
 */
public final class SyntheticData {
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 28);
    static final long SEED = 20251128L;
    private static final int BATCH = 5_000;
    private static final int WRITEUPS_PER_BATCH = 250;
    static final String AUTHOR_EMAIL = "sample-desk@minerdesk.invalid";

    private SyntheticData() {
    }

    /** What was written. */
    public record Summary(int companies, long bars, int metrics, int pivots, int writeups) {
        @Override
        public String toString() {
            return String.format("%,d companies, %,d daily bars, %,d weekly metrics, %,d pivot events, %,d write-ups",
                    companies, bars, metrics, pivots, writeups);
        }
    }

    /**
     * Fills an empty database: the market data in one transaction, then the write-ups in a second,
     * rendered by {@code renderer} (the site's, whose live-data step reads the committed companies).
     * {@code progressOut} (may be null) gets one progress line.
     */
    public static Summary fill(Database db, SyntheticOptions options, WriteupRenderer renderer, PrintStream progressOut) {
        requireEmpty(db.dsl());
        Progress progress = new Progress(progressOut);
        Market market = db.write(tx -> market(tx, options, progress));
        writeups(db, options.writeups(), TradingCalendar.weekEnds(market.days()), market.companies(), renderer, progress);
        Summary summary = new Summary(market.companies().size(), market.bars(), market.metrics(), market.pivots(),
                options.writeups());
        progress.done(summary.toString());
        return summary;
    }

    private record Market(List<SyntheticCompany> companies, List<LocalDate> days, long bars, int metrics, int pivots) {
    }

    private static Market market(DSLContext tx, SyntheticOptions options, Progress progress) {
        Random random = new Random(SEED);
        List<LocalDate> days = TradingCalendar.tradingDays(LAST_DAY, options.weeks());
        SyntheticMarket prices = new SyntheticMarket(days, random);
        List<SyntheticCompany> companies = SyntheticUniverse.companies(options.companies(), days.size(), random);
        tx.batchInsert(companies.stream().map(SyntheticCompany::listing).toList()).execute();
        Map<String, Long> idByTicker = tx.select(COMPANIES.TICKER, COMPANIES.ID).from(COMPANIES)
                .fetchMap(COMPANIES.TICKER, COMPANIES.ID);
        List<Long> ids = companies.stream().map(c -> idByTicker.get(c.listing().getTicker())).toList();
        long totalBars = companies.stream().mapToLong(c -> days.size() - c.firstDay()).sum();
        long written = 0;
        List<DailyBarsRecord> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < companies.size(); i++) {
            for (DailyBarsRecord bar : prices.bars(companies.get(i), ids.get(i), new Random(SEED + i))) {
                batch.add(bar);
                if (batch.size() == BATCH) {
                    BulkInsert.into(tx, DAILY_BARS, batch);
                    written += batch.size();
                    batch.clear();
                    progress.step("daily bars", written, totalBars);
                }
            }
        }
        if (!batch.isEmpty()) {
            BulkInsert.into(tx, DAILY_BARS, batch);
            written += batch.size();
            progress.step("daily bars", written, totalBars);
        }
        var metrics = prices.weeklyMetrics(random);
        tx.batchInsert(metrics).execute();
        List<PivotEventsRecord> pivots = SyntheticPivots.events(ids, days, options.weeks(), random);
        tx.batchInsert(pivots).execute();
        tx.update(SITE_STATE).set(SITE_STATE.DEMO_DATA, true).where(SITE_STATE.ID.eq(1)).execute();
        return new Market(companies, days, written, metrics.size(), pivots.size());
    }

    /**
     * Published write-ups by an account of their own, "Sample Desk", whose password nobody knows: rendered
     * first (the renderer reads the committed market data), then stored in one transaction.
     */
    private static void writeups(Database db, int count, List<LocalDate> weekEnds, List<SyntheticCompany> companies,
            WriteupRenderer renderer, Progress progress) {
        if (count == 0) {
            return;
        }
        WriteupBulkLoad load = new WriteupBulkLoad(renderer, OffsetDateTime.now(ZoneOffset.UTC));
        SyntheticWriteups writeups = new SyntheticWriteups(weekEnds, companies, count);
        List<WriteupBulkLoad.Batch> batches = new ArrayList<>();
        for (int from = 0; from < count; from += WRITEUPS_PER_BATCH) {
            int to = Math.min(count, from + WRITEUPS_PER_BATCH);
            batches.add(load.render(writeups.range(from, to)));
            progress.step("write-ups rendered", to, count);
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        db.writeVoid(tx -> {
            long author = UserQueries.create(tx, AUTHOR_EMAIL, "Sample Desk", "editor", HexFormat.of().formatHex(secret));
            int stored = 0;
            for (WriteupBulkLoad.Batch batch : batches) {
                load.store(tx, author, batch);
                stored += batch.inputs().size();
                progress.step("write-ups stored", stored, count);
            }
        });
    }

    private static void requireEmpty(DSLContext dsl) {
        List<String> held = new ArrayList<>();
        count(dsl, COMPANIES, "companies", held);
        count(dsl, DAILY_BARS, "daily bars", held);
        count(dsl, SECTOR_METRICS, "sector metrics", held);
        count(dsl, PIVOT_EVENTS, "pivot events", held);
        count(dsl, WRITEUPS, "write-ups", held);
        if (!held.isEmpty()) {
            throw new IllegalArgumentException("The database is not empty (" + String.join(", ", held)
                    + "): synthetic only fills an empty database. Point DATABASE_URL at a new one, for example "
                    + "DATABASE_URL=jdbc:h2:file:/tmp/minerdesk-large/minerdesk");
        }
    }

    private static void count(DSLContext dsl, Table<?> table, String what, List<String> held) {
        int n = dsl.fetchCount(table);
        if (n > 0) {
            held.add(String.format("%,d %s", n, what));
        }
    }
}
