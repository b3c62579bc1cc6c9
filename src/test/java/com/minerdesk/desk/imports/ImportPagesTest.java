package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.IMPORTS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.Audit;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.DemoSiteWithEditor;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The CSV import at /editor/import over HTTP, as an editor uses it. */
class ImportPagesTest extends DemoSiteWithEditor {
    static final String BARS = CsvKind.DAILY_BARS.headerLine() + "\n";
    static HttpResponse<String> upload(String mode, String fileName, byte[] content) {
        return editor.postMultipart("/editor/import", Map.of("mode", mode), "file", fileName, content);
    }

    static HttpResponse<String> upload(String mode, String csv) {
        return upload(mode, "upload.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Every stored market row and import entry, in a fixed order: equal dumps mean an unchanged database. */
    static String dump() {
        var dsl = app.db.dsl();
        return dsl.selectFrom(DAILY_BARS).orderBy(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE).fetch().formatCSV()
                + dsl.selectFrom(SECTOR_METRICS).orderBy(SECTOR_METRICS.METRIC_DATE).fetch().formatCSV()
                + dsl.selectFrom(IMPORTS).orderBy(IMPORTS.ID).fetch().formatCSV();
    }

    /** The error table of a 422 page as "line|column|problem" strings. */
    static List<String> errors(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        return Jsoup.parse(r.body()).select("table.errors tbody tr").stream()
                .map(tr -> tr.child(0).text() + "|" + tr.child(1).text() + "|" + tr.child(2).text())
                .toList();
    }

    static void assertError(List<String> errors, String lineAndColumn, String text) {
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(lineAndColumn + "|") && e.contains(text)),
                "no error at " + lineAndColumn + " containing '" + text + "' in " + errors);
    }

    @Test
    void everyRuleIsReportedAtOnceWithLineAndColumnAndNothingIsSaved() {
        String before = dump();
        String csv = BARS
                + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"      // 2: fine
                + "2025-02-30,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"      // 3: no such date
                + "2025-12-01,ZZZZ,2.30,2.50,2.20,2.40,1000000,2000000000\n"      // 4: unknown ticker
                + "2025-12-02,ABTC,-2.30,2.50,2.20,2.40,1000000,2000000000\n"     // 5: negative open
                + "2025-12-03,ABTC,2.30,2.50,2.35,2.40,1000000,2000000000\n"      // 6: low above open
                + "2025-12-04,ABTC,2.30,2.35,2.20,2.40,1000000,2000000000\n"      // 7: high below close
                + "2025-12-05,ABTC,2.30,2.50,2.20,2.40,-5,2000000000\n"           // 8: negative volume
                + "2025-12-05,APLD,30.00,31.00,29.00,30.50,500000,-1\n"           // 9: negative cap
                + "2025-12-01,abtc,2.30,2.50,2.20,2.40,1000000,2000000000\n"      // 10: same ticker and date as line 2
                + "2025-12-06,APLD,30.00,31.00,29.00,30.50,500000,8000000000\n"   // 11: a Saturday (warning only)
                + "2025-12-08,APLD,30.00,31.00,29.00,3O.50,500000,8000000000\n"   // 12: letter O in a number
                + "2025-12-09,APLD,30.00,31.00,29.00,,500000,8000000000\n"        // 13: missing close
                + "2025-12-10,APLD,30.00,31.00,29.00,30.50,500000\n"              // 14: a value short
                + "2025-12-11,APLD,\"1,234.00\",31.00,29.00,30.50,500000,8000000000\n"; // 15: thousands separator
        HttpResponse<String> r = upload("commit", csv);
        List<String> errors = errors(r);
        assertError(errors, "3|1 (date)", "'2025-02-30' is not a real date");
        assertError(errors, "4|2 (ticker)", "unknown ticker ZZZZ");
        assertError(errors, "5|3 (open)", "must be above zero");
        assertError(errors, "6|5 (low)", "low 2.35 is above the lower of open (2.30) and close (2.40)");
        assertError(errors, "7|4 (high)", "high 2.35 is below the higher of open (2.30) and close (2.40)");
        assertError(errors, "8|7 (volume_shares)", "must not be negative");
        assertError(errors, "9|8 (market_cap)", "must not be negative");
        assertError(errors, "10|2 (ticker)", "ABTC on 2025-12-01 is already on line 2");
        assertError(errors, "12|6 (close)", "'3O.50' is not a number");
        assertError(errors, "13|6 (close)", "missing");
        assertError(errors, "14|whole line", "expected 8 values");
        assertError(errors, "15|3 (open)", "'1,234.00' is not a number");
        assertEquals(12, errors.size(), errors.toString());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.select(".warnings li").text().contains("Line 11, column 1 (date): 2025-12-06 is a Saturday"),
                page.select(".warnings").text());
        Element create = page.selectFirst(".unknown-tickers a");
        assertNotNull(create);
        assertEquals("/editor/companies/new?ticker=ZZZZ", create.attr("href"));
        assertEquals(before, dump());
    }

    @Test
    void aBadLineInTheMiddleLeavesTheDatabaseByteForByteUnchanged() {
        String before = dump();
        long version = app.db.contentVersion().current();
        StringBuilder csv = new StringBuilder(BARS);
        for (int day = 1; day <= 5; day++) {
            csv.append("2025-12-0").append(day).append(",CORZ,15.00,16.00,14.50,15.50,9000000,5000000000\n");
        }
        csv.append("2025-12-08,CORZ,15.00,16.00,15.60,15.50,9000000,5000000000\n"); // line 7: low above close
        for (int day = 9; day <= 12; day++) {
            csv.append("2025-12-").append(String.format("%02d", day)).append(",CORZ,15.00,16.00,14.50,15.50,9000000,5000000000\n");
        }
        List<String> errors = errors(upload("commit", csv.toString()));
        assertEquals(1, errors.size(), errors.toString());
        assertError(errors, "7|5 (low)", "low 15.60 is above");
        assertEquals(before, dump());
        assertEquals(version, app.db.contentVersion().current());
    }

    @Test
    void previewShowsNewChangedAndUnchangedRowsAndTheWeeklyChangesWithoutSaving() {
        String before = dump();
        String csv = "\uFEFF" + CsvKind.DAILY_BARS.headerLine() + "\r\n"
                + referenceBarLine("CLSK", null) + "\r\n"
                + referenceBarLine("MARA", "9.99") + "\r\n"
                + "\"2025-12-01\",\"HUT\",\"40.00\",\"41.00\",\"39.50\",\"40.80\",\"3000000\",\"4000000000\"\r\n";
        HttpResponse<String> r = upload("preview", "week.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Document page = Jsoup.parse(r.body());
        assertEquals("3", page.selectFirst(".rows-total").text());
        assertEquals("1", page.selectFirst(".rows-new").text());
        assertEquals("1", page.selectFirst(".rows-changed").text());
        assertEquals("1", page.selectFirst(".rows-unchanged").text());
        Element changed = page.selectFirst("table.changed-rows tbody tr");
        assertEquals("3", changed.child(0).text());
        assertEquals("MARA 2025-11-28", changed.child(1).text());
        assertTrue(changed.child(2).text().contains("close 11.6507 → 9.99; market_cap 4664564371 → 1000000000"), changed.text());
        assertEquals(List.of("Week ending 28 Nov 2025", "Week ending 5 Dec 2025"),
                page.select(".weeks-affected li").eachText());
        String companyEffects = page.select("table.company-effects").text();
        assertTrue(companyEffects.contains("MARA 28 Nov 2025 Close"), companyEffects);
        assertTrue(companyEffects.contains("$9.99"), companyEffects);
        assertTrue(companyEffects.contains("HUT 5 Dec 2025 (new week) Open — $40.00"), companyEffects);
        String sectorEffects = page.select("table.sector-effects").text();
        assertTrue(sectorEffects.contains("5 Dec 2025 (new week) Trading days — 1"), sectorEffects);
        assertTrue(sectorEffects.contains("28 Nov 2025 Sector cap"), sectorEffects);
        assertEquals(before, dump());
    }

    /** The stored reference-week bar of a company as a CSV line, with another close (and a cap of $1B) if given. */
    static String referenceBarLine(String ticker, String close) {
        String[] bar = app.get("/companies/" + ticker + ".csv").body().strip().lines()
                .filter(l -> l.startsWith("2025-11-28,")).findFirst().orElseThrow().split(",");
        if (close != null) {
            bar[5] = close;
            bar[4] = new java.math.BigDecimal(bar[4]).min(new java.math.BigDecimal(close)).toPlainString();
            bar[3] = new java.math.BigDecimal(bar[3]).max(new java.math.BigDecimal(close)).toPlainString();
            bar[7] = "1000000000";
        }
        return String.join(",", Arrays.asList(bar));
    }

    @Test
    void commitSavesLogsAuditsAndASecondImportChangesNothing() {
        String csv = BARS
                + "2025-12-08,RIOT,12.00,12.60,11.80,12.40,7000000,4300000000\n"
                + "2025-12-09,RIOT,12.40,12.90,12.10,12.20,6500000,4250000000\n";
        HttpResponse<String> r = upload("commit", "riot-week.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/editor/imports?done="), location);
        Document log = Jsoup.parse(editor.get(location).body());
        assertTrue(log.selectFirst(".notice").text().contains("riot-week.csv: 2 new, 0 changed, 0 unchanged"),
                log.selectFirst(".notice").text());
        Element entry = log.selectFirst("table.imports tbody tr");
        assertTrue(entry.text().contains("Erin Editor riot-week.csv daily bars 2025-12-08 – 2025-12-09 2 2 0 0 0"), entry.text());
        assertTrue(Audit.recent(app.db.dsl(), 5, 0).stream().anyMatch(a -> a.action().equals("import-committed")
                && a.subject().contains("riot-week.csv") && a.actor().equals(TestApp.EDITOR_EMAIL)));
        assertEquals("/weeks/2025-12-12", app.get("/weeks/2025-12-09").headers().firstValue("Location").orElse(""),
                "a week is named by its last scheduled trading day from its first bar on");
        Document week = Jsoup.parse(app.get("/weeks/2025-12-12").body());
        assertTrue(week.select("table.data tbody tr").text().contains("RIOT"), week.text());

        String stored = dump();
        HttpResponse<String> again = upload("commit", "riot-week.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, again.statusCode());
        Document secondLog = Jsoup.parse(editor.get(again.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(secondLog.selectFirst(".notice").text().contains("0 new, 0 changed, 2 unchanged"));
        String storedAgain = dump();
        assertEquals(stored.substring(0, stored.indexOf("id,imported_at")),
                storedAgain.substring(0, storedAgain.indexOf("id,imported_at")), "the market rows are unchanged");
    }

    @Test
    void exportedCsvFilesImportBackUnchanged() {
        for (String path : List.of("/companies/ABTC.csv", "/companies/APLD.csv", "/economics.csv")) {
            byte[] exported = app.get(path).body().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = upload("preview", "export.csv", exported);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            Document page = Jsoup.parse(r.body());
            assertEquals("0", page.selectFirst(".rows-new").text(), path);
            assertEquals("0", page.selectFirst(".rows-changed").text(), path);
            assertEquals(page.selectFirst(".rows-total").text(), page.selectFirst(".rows-unchanged").text(), path);
        }
    }

    @Test
    void filesOverTwentyMegabytesGetA413PageAndTheAppStaysUp() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '1');
        HttpResponse<String> r = upload("preview", "huge.csv", big);
        assertEquals(413, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals("Too large", page.selectFirst("h1").text());
        assertTrue(page.text().contains("files of up to 20 MB can be imported"), page.text());
        assertEquals(200, app.get("/weeks/2025-11-28").statusCode());
    }

    @Test
    void aFileThatIsNotCsvIsRejectedWith422() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        HttpResponse<String> binary = upload("preview", "chart.png", png);
        assertEquals(422, binary.statusCode());
        assertTrue(Jsoup.parse(binary.body()).selectFirst(".form-error").text().contains("not a CSV text file"));

        List<String> header = errors(upload("preview", "date;ticker;open\n2025-12-01;ABTC;2.30\n"));
        assertError(header, "1|whole line", "the header must be exactly");

        List<String> unclosed = errors(upload("preview", BARS
                + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"
                + "2025-12-02,\"ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"));
        assertError(unclosed, "3|whole line", "a quoted value is not closed");

        HttpResponse<String> empty = upload("preview", "empty.csv", new byte[0]);
        assertEquals(422, empty.statusCode());
        assertEquals(400, upload("publish", BARS + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n").statusCode());
    }

    @Test
    void sectorMetricsFilesAreCheckedLineByLine() {
        String csv = CsvKind.SECTOR_METRICS.headerLine() + "\n"
                + "2025-12-01,92000,1015.5,74700,138000\n"
                + "2025-12-02,0,1015.5,74700,138000\n"
                + "2025-12-03,92000,1015.555,74700,138000\n"
                + "2025-12-01,92000,1015.5,74700,138000\n";
        List<String> errors = errors(upload("preview", csv));
        assertError(errors, "3|2 (btc_price)", "must be above zero");
        assertError(errors, "4|3 (hashrate_ehs)", "more than 2 decimals");
        assertError(errors, "5|1 (date)", "2025-12-01 is already on line 2");
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void theImportPagesNeedASignedInEditor() {
        Browser anonymous = app.browser();
        for (String path : List.of("/editor/import", "/editor/imports")) {
            HttpResponse<String> r = anonymous.get(path);
            assertEquals(303, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login"), path);
        }
        String before = dump();
        HttpResponse<String> post = anonymous.postRaw("/editor/import", Map.of("mode", "commit"));
        assertTrue(post.statusCode() == 403 || post.statusCode() == 303, "status " + post.statusCode());
        assertEquals(before, dump());
    }
}
