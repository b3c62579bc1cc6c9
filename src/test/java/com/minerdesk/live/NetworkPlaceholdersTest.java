package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.LedgerSave;
import com.minerdesk.network.NetworkDayKind;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {{network.hashprice}} and {{network.hashvalue}}: the mean of the seven UTC days ending on the
 * write-up week's Friday, over days restated here with known figures (144 blocks, 450 BTC, no fees,
 * 1,000 EH/s reported: 45,000 sat per PH/s per day), and "n/a" with the reason when a day is missing.
 */
class NetworkPlaceholdersTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);
    static Database db;
    static LiveContent live;

    @BeforeAll
    static void open() {
        db = TestDatabases.freshH2();
        DemoData.loadIfEmpty(db);
        List<com.minerdesk.db.generated.tables.records.NetworkDaysRecord> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(NetworkDayKind.row(REFERENCE.minusDays(i), new BigDecimal("150000000000000"), 144, new BigDecimal("450"),
                    BigDecimal.ZERO, new BigDecimal("1000"), null, false));
        }
        LedgerSave.rows(db, Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC), new ImportActor(null, "Ed"),
                "test", NetworkDayKind.KIND, week);
        live = LiveContentTest.liveOver(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Element figure(String markdown, LocalDate week) {
        Document doc = Jsoup.parseBodyFragment(live.render(SavedHtml.of(live, markdown), week));
        return doc.selectFirst("a.live, span.live-missing, .live-missing");
    }

    /** The BTC price a day uses: the latest sector metric on that day or up to three days before. */
    private static BigDecimal priceOf(LocalDate day) {
        return db.dsl().select(SECTOR_METRICS.BTC_PRICE_USD).from(SECTOR_METRICS)
                .where(SECTOR_METRICS.METRIC_DATE.between(day.minusDays(3), day))
                .orderBy(SECTOR_METRICS.METRIC_DATE.desc()).limit(1).fetchOne(SECTOR_METRICS.BTC_PRICE_USD);
    }

    @Test
    void hashvalueAndHashpriceAreTheWeeksMeans() {
        Element hashvalue = figure("Hashvalue {{network.hashvalue}}.", REFERENCE);
        assertEquals("45,000 sat/PH/s/day", hashvalue.text().replace('\u00a0', ' '));
        assertEquals("/network", hashvalue.attr("href"));
        assertTrue(hashvalue.attr("title").contains("22 Nov 2025 to 28 Nov 2025"), hashvalue.attr("title"));

        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 7; i++) {
            sum = sum.add(new BigDecimal("450").multiply(priceOf(REFERENCE.minusDays(i))).divide(new BigDecimal("1000000")));
        }
        String expected = "$" + sum.divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP) + "/PH/s/day";
        assertEquals(expected, figure("Hashprice {{network.hashprice}}.", REFERENCE).text().replace('\u00a0', ' '));
        assertTrue(live.check("{{network.hashprice}} and {{network.hashvalue}}", REFERENCE).isEmpty());
    }

    @Test
    void aWeekWithADayMissingSaysSoInsteadOfANumber() {
        LocalDate earlier = LocalDate.of(2025, 11, 21);
        db.writeVoid(tx -> tx.deleteFrom(NETWORK_DAYS).where(NETWORK_DAYS.UTC_DAY.eq(earlier.minusDays(2))).execute());
        Element missing = figure("{{network.hashprice}}", earlier);
        assertEquals("n/a", missing.text());
        assertTrue(missing.attr("title").contains("stored for 6 of the seven UTC days 2025-11-15 to 2025-11-21"),
                missing.attr("title"));
        List<PlaceholderError> errors = live.check("{{network.hashvalue}}", earlier);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("so no weekly hashvalue"), errors.toString());
    }
}
