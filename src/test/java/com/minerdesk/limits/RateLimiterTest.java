package com.minerdesk.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.testing.MutableClock;
import com.minerdesk.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two instances (two pools on one database) share each client's limit, on H2 and PostgreSQL. */
class RateLimiterTest {
    static List<TestDatabases.Kind> kinds() {
        return TestDatabases.both().toList();
    }

    private static Database[] twoInstances(TestDatabases.Kind kind) {
        String url;
        String user;
        String password;
        if (kind == TestDatabases.Kind.H2) {
            url = "jdbc:h2:mem:limits-" + UUID.randomUUID();
            user = "sa";
            password = "";
        } else {
            url = TestDatabases.postgresUrl(TestDatabases.freshPostgresDatabase());
            user = "postgres";
            password = "postgres";
        }
        return new Database[] {Database.open(url, user, password), Database.open(url, user, password)};
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void instancesShareOneLimitPerClientAndWindow(TestDatabases.Kind kind) {
        Database[] dbs = twoInstances(kind);
        try {
            MutableClock clock = new MutableClock(Instant.parse("2025-11-28T10:00:05Z"));
            RateLimiter a = new RateLimiter(dbs[0].dsl(), clock, "search", 5, Duration.ofMinutes(1));
            RateLimiter b = new RateLimiter(dbs[1].dsl(), clock, "search", 5, Duration.ofMinutes(1));
            for (int i = 0; i < 5; i++) {
                assertTrue((i % 2 == 0 ? a : b).hit("203.0.113.7").isEmpty(), "request " + (i + 1) + " is allowed");
            }
            OptionalLong refusedOnA = a.hit("203.0.113.7");
            OptionalLong refusedOnB = b.hit("203.0.113.7");
            assertEquals(55, refusedOnA.orElseThrow(), "seconds until the next minute");
            assertEquals(55, refusedOnB.orElseThrow());
            assertTrue(b.hit("198.51.100.1").isEmpty(), "another client has its own limit");
            assertTrue(new RateLimiter(dbs[0].dsl(), clock, "other", 5, Duration.ofMinutes(1)).hit("203.0.113.7").isEmpty(),
                    "another bucket has its own limit");
            clock.advance(Duration.ofSeconds(55));
            assertTrue(a.hit("203.0.113.7").isEmpty(), "a new window starts afresh");
        } finally {
            dbs[0].close();
            dbs[1].close();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentRequestsOnTwoInstancesNeverExceedTheLimit(TestDatabases.Kind kind) throws Exception {
        Database[] dbs = twoInstances(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            MutableClock clock = new MutableClock(Instant.parse("2025-11-28T10:00:00Z"));
            RateLimiter[] instances = {
                new RateLimiter(dbs[0].dsl(), clock, "search", 20, Duration.ofMinutes(1)),
                new RateLimiter(dbs[1].dsl(), clock, "search", 20, Duration.ofMinutes(1))};
            List<Future<Boolean>> allowed = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RateLimiter instance = instances[i % 2];
                allowed.add(pool.submit(() -> instance.hit("203.0.113.9").isEmpty()));
            }
            int granted = 0;
            for (Future<Boolean> f : allowed) {
                granted += f.get() ? 1 : 0;
            }
            assertEquals(20, granted, "exactly the limit is granted across both instances");
            assertFalse(instances[0].hit("203.0.113.9").isEmpty());
        } finally {
            pool.shutdownNow();
            dbs[0].close();
            dbs[1].close();
        }
    }
}
