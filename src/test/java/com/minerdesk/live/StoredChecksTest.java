package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.MarketData;
import com.minerdesk.testing.MutableClock;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Templates;
import com.minerdesk.writeups.BodyReport;
import com.minerdesk.writeups.FlaggedWriteup;
import com.minerdesk.writeups.SaveOutcome;
import com.minerdesk.writeups.Status;
import com.minerdesk.writeups.WriteupInput;
import com.minerdesk.writeups.WriteupQueries;
import com.minerdesk.writeups.WriteupRenderer;
import com.minerdesk.writeups.WriteupStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fact-check stored with a write-up, on H2 and on a real PostgreSQL. */
class StoredChecksTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCheckIsStoredWithTheWriteupUntilTheDataChanges(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MutableClock clock = new MutableClock(Instant.parse("2025-12-01T12:00:00Z"));
            LiveContent live = new LiveContent(new WeekFiguresLoader(MarketData.over(db.dsl()), db.contentVersion()),
                    new Templates(Path.of("").toAbsolutePath()), new Fmt(ZoneOffset.UTC));
            LiveBodyChecks checks = new LiveBodyChecks(live, new Fmt(ZoneOffset.UTC), db.dsl(), clock);
            WriteupStore store = new WriteupStore(db, WriteupRenderer.forSite("http://minerdesk.test")
                    .with(new LiveRenderStep(live)), clock, checks);
            WriteupQueries queries = new WriteupQueries(db.dsl(), clock);
            long userId = db.write(tx -> UserQueries.create(tx, "w@example.com", "Wren Writer", "editor", "a-long-test-password-1"));
            CurrentUser user = new CurrentUser(userId, "w@example.com", "Wren Writer", "wren-writer", "editor");
            String body = "ABTC closed the week at $2.50.\n\n{{ABTC.change}}";

            SaveOutcome refused = store.create(user, "ip", new WriteupInput("T", "", "S", body, List.of(), REFERENCE,
                    Status.PUBLISHED, null, false));
            assertInstanceOf(SaveOutcome.Invalid.class, refused);
            long id = assertInstanceOf(SaveOutcome.Saved.class, store.create(user, "ip", new WriteupInput("T", "", "S", body,
                    List.of(), REFERENCE, Status.PUBLISHED, null, true))).id();

            BodyReport stored = checks.current(id, body, REFERENCE);
            assertNotNull(stored.checkedAt(), "the stored report is shown while text and data are unchanged");
            assertEquals("Wren Writer", stored.acknowledgedBy());
            assertEquals(List.of("ABTC close: text says $2.50, data says $2.23 (week ending 28 Nov 2025: 5.75 → 2.23)"),
                    stored.mismatches().stream().map(m -> m.message().replace('\u00a0', ' ')).toList());
            List<FlaggedWriteup> flagged = checks.flagged(queries, 10);
            assertEquals(1, flagged.size());
            assertEquals(id, flagged.get(0).item().id());

            db.writeVoid(tx -> tx.update(DAILY_BARS).set(DAILY_BARS.CLOSE_PRICE, new BigDecimal("2.5000"))
                    .where(DAILY_BARS.TRADE_DATE.eq(REFERENCE))
                    .and(DAILY_BARS.COMPANY_ID.eq(tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("ABTC"))))
                    .execute());
            BodyReport afterCorrection = checks.current(id, body, REFERENCE);
            assertTrue(afterCorrection.mismatches().isEmpty());
            assertNull(afterCorrection.checkedAt(), "a fresh check once the data changed");
            assertTrue(checks.flagged(queries, 10).isEmpty());
        }
    }
}
