package com.minerdesk.desk.forms;

import com.minerdesk.desk.imports.MetricStore;
import com.minerdesk.desk.imports.MetricStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.Company;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.market.SectorMetric;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The desk's writes for the editor forms, on H2 and on a real PostgreSQL. */
class DeskStoresTest {
    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void companiesMetricsAndPivotEventsAreWrittenAndRead(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            MarketData market = MarketData.over(db.dsl());

            CompanyFields fields = new CompanyFields("NWMN", "New Miner Inc.", "Nasdaq", null, null, null, "none");
            db.writeVoid(tx -> CompanyStore.create(tx, fields));
            long id = market.companies().idOf("NWMN").orElseThrow();
            db.writeVoid(tx -> CompanyStore.update(tx, id, new CompanyFields("NWMH", "New Miner Holdings", "NYSE",
                    "Canada", "https://example.com", "Profile", "operating")));
            Company c = market.companies().byTicker("NWMH").orElseThrow();
            assertEquals(List.of("New Miner Holdings", "NYSE", "Canada", "operating"),
                    List.of(c.name(), c.exchange(), c.country(), c.aiHpcStatus().code()));
            assertFalse(market.companies().idOf("NWMN").isPresent());

            LocalDate day = LocalDate.of(2025, 12, 1);
            SectorMetric m = new SectorMetric(day, new BigDecimal("92000"), new BigDecimal("1015.5"),
                    new BigDecimal("74700"), new BigDecimal("138000"));
            db.writeVoid(tx -> MetricStore.upsert(tx, List.of(m)));
            db.writeVoid(tx -> MetricStore.upsert(tx, List.of(new SectorMetric(day, new BigDecimal("93000"),
                    m.hashrateEhs(), m.cashCost(), m.allinCost()))));
            assertEquals(0, new BigDecimal("93000").compareTo(market.metrics().on(day).orElseThrow().btcPrice()));
            assertEquals(day, market.metrics().latest(1).get(0).date());

            PivotFields p = new PivotFields("NWMH", day, "month", "Hyperscaler", "lease", 1_000_000_000L,
                    new BigDecimal("100.5"), "A lease.", "Announcement", "https://example.com/a");
            long pivot = db.write(tx -> PivotStore.create(tx, id, p));
            PivotEvent stored = market.pivots().byId(pivot).orElseThrow();
            assertEquals(List.of("NWMH", "month", "Hyperscaler", "Announcement"),
                    List.of(stored.ticker(), stored.datePrecision(), stored.counterparty(), stored.sourceName()));
            assertEquals(0, new BigDecimal("100.5").compareTo(stored.capacityMw()));
            db.writeVoid(tx -> PivotStore.update(tx, pivot, id, new PivotFields("NWMH", day, "day", "Hyperscaler Inc.",
                    "hosting", null, null, "A hosting deal.", "Filing", "https://example.com/b")));
            assertEquals("Hyperscaler Inc.", market.pivots().list("NWMH", null, 5).get(0).counterparty());
            boolean deleted = db.write(tx -> PivotStore.delete(tx, pivot));
            assertTrue(deleted);
            assertTrue(market.pivots().byId(pivot).isEmpty());
        }
    }
}
