package com.minerdesk.fetch;

import static com.minerdesk.db.generated.Tables.FETCH_RUNS;

import com.minerdesk.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each scheduled source once a day, at or after its time in New York, on whichever instance
 * takes the source's lease first. A source counts as run for the day when any run of it (by the
 * schedule or by the command) started after that day's time, so a restart does not fetch twice.
 */
public final class FetchScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FetchScheduler.class);
    private final Database db;
    private final Clock clock;
    private final FetchSchedule schedule;
    private final Map<String, Supplier<FetchSummary>> sources;
    private final FetchLease lease;
    private ScheduledExecutorService timer;

    public FetchScheduler(Database db, Clock clock, FetchSchedule schedule, Map<String, Supplier<FetchSummary>> sources,
            String holder) {
        this.db = db;
        this.clock = clock;
        this.schedule = schedule;
        this.sources = Map.copyOf(sources);
        this.lease = new FetchLease(db, holder);
    }

    /** Runs the sources that are due and not yet run today; returns the ones this instance ran. */
    public List<String> tick() {
        List<String> ran = new ArrayList<>();
        for (Map.Entry<String, LocalTime> e : schedule.times().entrySet()) {
            String source = e.getKey();
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime due = now.atZoneSameInstant(FetchSchedule.MARKET_ZONE).with(e.getValue()).toOffsetDateTime();
            if (now.isBefore(due) || ranSince(source, due) || !lease.take(source, now)) {
                continue;
            }
            try {
                if (!ranSince(source, due)) { // another instance may have finished between the check and the lease
                    FetchSummary s = sources.get(source).get();
                    LOG.info("scheduled {}", s.line());
                    ran.add(source);
                }
            } catch (RuntimeException ex) {
                LOG.warn("scheduled fetch of {} failed", source, ex);
            } finally {
                lease.release(source, OffsetDateTime.now(clock));
            }
        }
        return ran;
    }

    private boolean ranSince(String source, OffsetDateTime due) {
        return db.dsl().fetchExists(FETCH_RUNS, FETCH_RUNS.SOURCE.eq(source).and(FETCH_RUNS.STARTED_AT.ge(due)));
    }

    /** Checks every {@code every} on a daemon thread (nothing when the schedule is off). */
    public void start(Duration every) {
        if (schedule.off()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warn("fetch schedule check failed", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
