package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.DemoSiteWithEditor;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The import takes shares traded; market cap comes with the file or is computed from the shares
 * outstanding entered at the desk; an old file whose volume was dollars is refused, never misread.
 */
class ShareUnitsImportTest extends DemoSiteWithEditor {
    static final String WITHOUT_CAP = "date,ticker,open,high,low,close,volume_shares\n";

    static HttpResponse<String> upload(String mode, String csv) {
        return editor.postMultipart("/editor/import", Map.of("mode", mode), "file", "upload.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A public page or CSV of a week, following the redirect to the week's canonical address. */
    static String week(String path) {
        HttpResponse<String> r = app.get(path);
        if (r.statusCode() == 301) {
            r = app.get(r.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static List<CSVRecord> csv(String body) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static CSVRecord row(List<CSVRecord> rows, String ticker) {
        return rows.stream().filter(r -> r.get(1).equals(ticker)).findFirst().orElseThrow(() -> new AssertionError(ticker));
    }

    @Test
    void anOldFileWhoseVolumeWasDollarsIsRefusedNamingTheChange() {
        String before = ImportPagesTest.dump();
        HttpResponse<String> r = upload("commit", "date,ticker,open,high,low,close,volume,market_cap\n"
                + "2025-12-08,ABTC,2.30,2.50,2.20,2.40,2400000,2000000000\n");
        List<String> errors = ImportPagesTest.errors(r);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("whose volume was dollars traded"), errors.get(0));
        assertTrue(errors.get(0).contains("volume_shares"), errors.get(0));
        assertEquals(before, ImportPagesTest.dump(), "nothing is read with dollars taken for shares");
        assertEquals(422, upload("preview", "date,ticker,open,high,low,close,volume\n2025-12-08,ABTC,2.30,2.50,2.20,2.40,1\n")
                .statusCode());
    }

    @Test
    void capsAreImportedOrComputedFromTheSharesOutstandingAndTheSectorComparesLikeWithLike() {
        HttpResponse<String> bad = editor.post("/editor/shares", Map.of("ticker", "HUT", "as_of", "2025-12-01",
                "shares", "12.5", "source", ""));
        assertEquals(422, bad.statusCode());
        Document badForm = Jsoup.parse(bad.body());
        assertNotNull(badForm.getElementById("shares-error"));
        assertNotNull(badForm.getElementById("source-error"));
        assertEquals(303, editor.post("/editor/shares", Map.of("ticker", "HUT", "as_of", "2025-12-01",
                "shares", "100000000", "source", "Test filing")).statusCode());
        assertTrue(app.db.dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("shares-created")
                .and(AUDIT_LOG.SUBJECT.contains("HUT shares outstanding from 2025-12-01: 100000000"))));

        assertEquals(303, upload("commit", WITHOUT_CAP
                + "2025-12-01,HUT,40.00,41.00,39.50,40.80,3000000\n"
                + "2025-12-01,MARA,12.00,12.50,11.90,12.00,1000000\n").statusCode());
        assertEquals(303, upload("commit", CsvKind.DAILY_BARS.headerLine() + "\n"
                + "2025-12-01,APLD,30.00,31.00,29.50,30.50,5000000,8000000000\n").statusCode());

        List<CSVRecord> before = csv(week("/weeks/2025-11-28.csv"));
        List<CSVRecord> rows = csv(week("/weeks/2025-12-01.csv"));
        assertEquals(List.of("4080000000", "computed"), row(rows, "HUT").toList().subList(8, 10), "40.80 × 100,000,000");
        assertEquals(List.of("8000000000", "imported"), row(rows, "APLD").toList().subList(8, 10));
        assertEquals(List.of("", ""), row(rows, "MARA").toList().subList(8, 10), "no cap imported, no shares outstanding");
        assertEquals("122400000", row(rows, "HUT").get(7), "dollar volume: 40.80 × 3,000,000 shares");
        BigDecimal hutBefore = new BigDecimal(row(before, "HUT").get(4));
        assertEquals(row(rows, "HUT").get(3), row(before, "HUT").get(4), "previous_close is the last week's close");
        assertEquals(new BigDecimal("40.80").divide(hutBefore, 12, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString(), row(rows, "HUT").get(5));

        long capBefore = Long.parseLong(row(before, "HUT").get(8)) + Long.parseLong(row(before, "APLD").get(8));
        CSVRecord sector = csv(app.get("/weeks.csv").body()).stream().filter(r -> r.get(0).startsWith("2025-12-0"))
                .findFirst().orElseThrow();
        assertEquals(List.of("3", "2", Long.toString(capBefore), "12080000000", "12080000000"), sector.toList().subList(3, 8),
                "like with like: HUT and APLD have a cap at both closes; MARA has none this week");
        assertEquals(BigDecimal.valueOf(12_080_000_000L).divide(BigDecimal.valueOf(capBefore), 12, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString(), sector.get(8));

        Document weekPage = Jsoup.parse(week("/weeks/2025-12-01"));
        assertTrue(weekPage.selectFirst("section.cards").text().contains("like with like: 2 companies with a close in both weeks; 33 left out"),
                weekPage.selectFirst("section.cards").text());
        String hutRow = weekPage.select("table.data tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals("HUT"))
                .findFirst().orElseThrow().text();
        assertTrue(hutRow.contains("$4.08B †"), hutRow);

        Document hut = Jsoup.parse(app.get("/companies/HUT").body());
        String facts = hut.selectFirst("dl.facts").text();
        assertTrue(facts.contains("$4.08B (computed: close × shares outstanding)"), facts);
        assertTrue(facts.contains("100,000,000 as of 1 Dec 2025 (Test filing)"), facts);
        assertTrue(Jsoup.parse(app.get("/companies/APLD").body()).selectFirst("dl.facts").text()
                .contains("(imported with the daily bars)"));

        List<CSVRecord> hutBars = csv(app.get("/companies/HUT.csv").body());
        assertEquals(List.of("2025-12-01", "HUT", "40.00", "41.00", "39.50", "40.80", "3000000", ""),
                hutBars.get(hutBars.size() - 1).toList(), "the computed cap is left empty, as in the file");
        HttpResponse<String> again = editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "HUT.csv",
                app.get("/companies/HUT.csv").body().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("0", Jsoup.parse(again.body()).selectFirst(".rows-changed").text(), "a download imports again unchanged");
        assertEquals("0", Jsoup.parse(again.body()).selectFirst(".rows-new").text());

        assertEquals(303, editor.post("/editor/shares/delete", Map.of("ticker", "HUT", "as_of", "2025-12-01")).statusCode());
        assertEquals(List.of("", ""), row(csv(week("/weeks/2025-12-01.csv")), "HUT").toList().subList(8, 10),
                "without the figure the cap is unknown, never guessed");
        assertTrue(app.db.dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("shares-deleted")));
        assertEquals(404, editor.post("/editor/shares/delete", Map.of("ticker", "HUT", "as_of", "2025-12-01")).statusCode());
        assertEquals(422, editor.post("/editor/shares/delete", Map.of("ticker", "NOPE", "as_of", "x")).statusCode());
    }
}
