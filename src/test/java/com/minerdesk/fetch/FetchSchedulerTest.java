package com.minerdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.app.Config;
import com.minerdesk.testing.MutableClock;
import com.minerdesk.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The daily schedule: at or after its New York time, once a day, on one instance of several. */
class FetchSchedulerTest {
    // 2025-12-01 is a Monday; 21:30 in New York is 02:30 UTC the next day (EST)
    static final Instant BEFORE = Instant.parse("2025-12-02T02:29:00Z");
    static final Instant AFTER = Instant.parse("2025-12-02T02:31:00Z");

    @Test
    void aSourceRunsOnceADayAtOrAfterItsTimeInNewYork() {
        try (TestApp app = TestApp.withDemoData()) {
            MutableClock clock = new MutableClock(BEFORE);
            AtomicInteger runs = new AtomicInteger();
            FetchScheduler scheduler = scheduler(app, clock, "one", logged(app, clock, runs));
            assertEquals(List.of(), scheduler.tick(), "before 21:30 New York time");
            clock.set(AFTER);
            assertEquals(List.of("edgar"), scheduler.tick());
            clock.advance(Duration.ofHours(3));
            assertEquals(List.of(), scheduler.tick(), "it ran today already");
            clock.advance(Duration.ofHours(21));
            assertEquals(List.of("edgar"), scheduler.tick(), "the next day");
            assertEquals(2, runs.get());
        }
    }

    @Test
    void twoInstancesOnOneDatabaseRunItOnce() throws Exception {
        try (TestApp app = TestApp.withDemoData()) {
            MutableClock clock = new MutableClock(AFTER);
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch bothStarted = new CountDownLatch(2);
            Supplier<FetchSummary> slow = () -> {
                FetchSummary s = logged(app, clock, runs).get();
                sleep(300);
                return s;
            };
            FetchScheduler a = scheduler(app, clock, "a", slow);
            FetchScheduler b = scheduler(app, clock, "b", slow);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<List<String>> ranA = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return a.tick();
            });
            Future<List<String>> ranB = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return b.tick();
            });
            int total = ranA.get().size() + ranB.get().size();
            pool.shutdown();
            assertEquals(1, total);
            assertEquals(1, runs.get());
            assertEquals(1, FetchLog.recent(app.db.dsl(), 10).size());
        }
    }

    @Test
    void theLeaseIsHeldByOneInstanceUntilReleasedOrExpired() {
        try (TestApp app = TestApp.withDemoData()) {
            FetchLease a = new FetchLease(app.db, "a");
            FetchLease b = new FetchLease(app.db, "b");
            java.time.OffsetDateTime now = AFTER.atOffset(java.time.ZoneOffset.UTC);
            assertTrue(a.take("edgar", now));
            assertEquals(false, b.take("edgar", now.plusMinutes(1)), "held by a");
            assertEquals(false, a.take("edgar", now.plusMinutes(1)), "not taken twice, even by its holder");
            assertTrue(b.take("edgar", now.plus(FetchLease.LENGTH)), "a's lease expired (a crashed holder)");
            b.release("edgar", now.plus(FetchLease.LENGTH).plusMinutes(1));
            assertTrue(a.take("edgar", now.plus(FetchLease.LENGTH).plusMinutes(1)), "released");
        }
    }

    @Test
    void aRunByTheCommandAfterTheTimeCountsForTheDay() {
        try (TestApp app = TestApp.withDemoData()) {
            MutableClock clock = new MutableClock(AFTER);
            AtomicInteger runs = new AtomicInteger();
            logged(app, clock, runs).get(); // as `fetch edgar` would log it
            assertEquals(List.of(), scheduler(app, clock, "one", logged(app, clock, runs)).tick());
            assertEquals(1, runs.get());
        }
    }

    @Test
    void theScheduleIsWrittenSourceAtTimeAndAMistakeStopsStartUp() {
        assertEquals(Map.of("edgar", LocalTime.of(21, 30)), FetchSchedule.parse("edgar@21:30").times());
        assertTrue(FetchSchedule.parse("").off());
        assertThrows(IllegalArgumentException.class, () -> FetchSchedule.parse("network@21:30"));
        assertThrows(IllegalArgumentException.class, () -> FetchSchedule.parse("edgar@9pm"));
        Config.ConfigException e = assertThrows(Config.ConfigException.class,
                () -> Config.from(Map.of("FETCH_SCHEDULE", "edgar@21:30")));
        assertTrue(e.getMessage().contains("SEC_USER_AGENT"), e.getMessage());
        assertEquals(LocalTime.of(21, 30), Config.from(Map.of("FETCH_SCHEDULE", "edgar@21:30",
                "SEC_USER_AGENT", "Minerdesk ops@example.com")).fetchSchedule().times().get("edgar"));
    }

    private static FetchScheduler scheduler(TestApp app, MutableClock clock, String holder, Supplier<FetchSummary> source) {
        return new FetchScheduler(app.db, clock, FetchSchedule.parse("edgar@21:30"), Map.of("edgar", source), holder);
    }

    /** A source that logs its run the way the real ones do. */
    private static Supplier<FetchSummary> logged(TestApp app, MutableClock clock, AtomicInteger runs) {
        return () -> {
            FetchLog log = new FetchLog(app.db, clock);
            long id = log.started("edgar");
            runs.incrementAndGet();
            FetchSummary s = new FetchSummary("edgar", 0, 0, 0, 0, List.of(), false);
            log.finished(id, s);
            return s;
        };
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
