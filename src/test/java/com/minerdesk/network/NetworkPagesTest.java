package com.minerdesk.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /network} and {@code /network.csv} over network days imported at the data desk, with the
 * figures checked against first principles: difficulty 10^14, 144 blocks of 3.125 BTC and no fees
 * at $100,000 a BTC is 715.83 EH/s and about $62.86 per PH/s per day.
 */
class NetworkPagesTest {
    static final String NETWORK = "date,difficulty,blocks,subsidy_btc,fees_btc,hashrate_ehs\n";
    private static TestApp app;
    private static Browser editor;

    @BeforeAll
    static void importDays() {
        app = TestApp.empty();
        app.clock.set(Instant.parse("2025-12-02T12:00:00Z"));
        editor = app.editor();
        commit("date,btc_price,hashrate_ehs,cash_cost_per_btc,allin_cost_per_btc\n"
                + "2025-11-28,100000,1000,70000,130000\n");
        commit(NETWORK
                + "2025-11-20,100000000000000,144,450,0,\n"      // no BTC price within three days
                + "2025-11-27,100000000000000,144,450,0,1000\n"  // the source gives the hash rate
                + "2025-11-28,100000000000000,144,450,0,\n"      // the reference inputs
                + "2025-11-29,100000000000000,144,450,0,\n");    // a Saturday: Friday's price
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> upload(String mode, String csv) {
        return editor.postMultipart("/editor/import", Map.of("mode", mode), "file", "network.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void commit(String csv) {
        HttpResponse<String> r = upload("commit", csv);
        assertEquals(303, r.statusCode(), r.body());
    }

    private static Element row(Document page, String day) {
        return page.select("#network-table tbody tr").stream().filter(tr -> tr.child(0).text().equals(day)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + day));
    }

    @Test
    void figuresAreComputedFromTheStoredDaysByTheFormulas() {
        HttpResponse<String> r = app.get("/network?days=30"); // 31 Oct – 29 Nov: not the other tests' days
        assertEquals(200, r.statusCode(), r.body());
        Document page = Jsoup.parse(r.body());
        Element friday = row(page, "2025-11-28");
        assertEquals("$62.86", friday.child(1).text(), "450 BTC × $100,000 ÷ 715,828 PH/s");
        assertEquals("62,864", friday.child(2).text(), "sat per PH/s per day");
        assertEquals("0.629", friday.child(3).text(), "BTC per EH/s per day");
        assertEquals("716 est.", friday.child(4).text(), "10^14 × 2^32 × 144 ÷ 86,400 ÷ 10^18 EH/s");
        assertEquals("100.00 T", friday.child(5).text());

        Element saturday = row(page, "2025-11-29");
        assertEquals("$62.86", saturday.child(1).text());
        assertTrue(saturday.child(9).text().contains("(28 Nov)"), saturday.child(9).text());

        Element reported = row(page, "2025-11-27");
        assertEquals("1,000", reported.child(4).text(), "the source's figure, not the estimate");
        assertEquals("—", reported.child(1).text(), "no price on the 24th to the 27th");
        assertEquals("45,000", reported.child(2).text(), "450 BTC ÷ 1,000,000 PH/s, in sat");
        assertTrue(page.text().contains("of which fees 0.00 %"), page.text());

        Element unpriced = row(page, "2025-11-20");
        assertEquals("—", unpriced.child(1).text());
        assertEquals("—", unpriced.child(9).text());
        assertTrue(page.text().contains("2 days have no BTC price within three days"), page.text());
        assertTrue(page.text().contains("3 of these days have no hash rate from their source"), page.text());

        assertEquals("Latest day: 29 Nov 2025", page.selectFirst("h2").text());
        assertEquals(3, page.select("figure.chart").size());
        assertFalse(page.text().contains("Sample values"), "imported days are not sample values");
    }

    @Test
    void aRestatementIsANewVersionAndThePageNamesWhatItReplaced() {
        commit(NETWORK + "2025-10-01,100000000000000,144,450,0,\n");
        commit(NETWORK + "2025-10-01,100000000000000,144,450,2.5,\n");
        Element restated = row(Jsoup.parse(app.get("/network?days=all").body()), "2025-10-01");
        assertTrue(restated.child(10).text().contains("restated on 2 Dec 2025 from fees 0 BTC"), restated.child(10).text());
        assertEquals("2.50", restated.child(8).text());
    }

    @Test
    void theCsvIsTheImportFormatAndImportingItChangesNothing() {
        HttpResponse<String> csv = app.get("/network.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = csv.body();
        assertTrue(body.startsWith("date,difficulty,blocks,subsidy_btc,fees_btc,hashrate_ehs,source_url\r\n"), body);
        assertTrue(body.contains("2025-11-27,100000000000000,144,450,0,1000,\r\n"), body);
        assertTrue(body.contains("2025-11-28,100000000000000,144,450,0,,\r\n"), body);
        Document preview = Jsoup.parse(upload("preview", body).body());
        assertEquals("0", preview.selectFirst(".rows-new").text(), preview.text());
        assertEquals("0", preview.selectFirst(".rows-changed").text(), preview.text());
    }

    @Test
    void impossibleDaysAreRefusedWithLineAndFieldAndNothingIsSaved() {
        String before = app.get("/network.csv").body();
        HttpResponse<String> r = upload("commit", NETWORK + "2025-11-30,100000000000000,144,450,1,\n"
                + "2025-11-30,100000000000000,144,-3,1,\n"
                + "2026-01-01,100000000000000,144,450,1,\n");
        assertEquals(422, r.statusCode(), r.body());
        HttpResponse<String> ftp = upload("commit", "date,difficulty,blocks,subsidy_btc,fees_btc,hashrate_ehs,source_url\n"
                + "2025-11-25,100000000000000,144,450,1,,ftp://example.com/x\n");
        String ftpErrors = Jsoup.parse(ftp.body()).select("table.errors").text();
        assertEquals(422, ftp.statusCode(), ftp.body());
        assertTrue(ftpErrors.contains("source_url"), ftpErrors);
        assertEquals(422, r.statusCode(), r.body());
        String errors = Jsoup.parse(r.body()).select("table.errors").text();
        assertTrue(errors.contains("future"), errors);
        assertTrue(errors.contains("subsidy_btc"), errors);
        assertEquals(before, app.get("/network.csv").body());
    }

    @Test
    void anUnknownPeriodIsABadRequest() {
        HttpResponse<String> r = app.get("/network?days=12");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("days is one of 30, 90, 365, all"), r.body());
    }
}
