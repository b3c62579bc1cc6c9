package com.minerdesk.desk.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.Audit;
import com.minerdesk.testing.DemoSiteWithEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Rollback of imports, form saves and deletions from the import log, and the coverage in the preview, over HTTP. */
class ImportRollbackPagesTest extends DemoSiteWithEditor {
    static final String BARS = CsvKind.DAILY_BARS.headerLine() + "\n";
    static final String METRICS = CsvKind.SECTOR_METRICS.headerLine() + "\n";
    static final List<String> PUBLIC = List.of("/", "/weeks.csv", "/companies/ABTC.csv");

    static HttpResponse<String> upload(String mode, String csv) {
        return editor.postMultipart("/editor/import", Map.of("mode", mode), "file", "upload.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Commits a file and returns the id of its log entry. */
    static long commit(String csv) {
        HttpResponse<String> r = upload("commit", csv);
        assertEquals(303, r.statusCode(), r.body());
        return idFrom(r.headers().firstValue("Location").orElseThrow(), "done=");
    }

    static long idFrom(String location, String param) {
        assertTrue(location.contains(param), location);
        return Long.parseLong(location.substring(location.indexOf(param) + param.length()));
    }

    static HttpResponse<String> rollback(long id) {
        return editor.post("/editor/imports/" + id + "/rollback", Map.of("confirm", "yes"));
    }

    /** The bytes a reader gets (anonymous, so through the page cache). */
    static byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> r = app.client().send(HttpRequest.newBuilder(URI.create(app.baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> publicBytes() {
        return Map.of(PUBLIC.get(0), bytes(PUBLIC.get(0)), PUBLIC.get(1), bytes(PUBLIC.get(1)), PUBLIC.get(2), bytes(PUBLIC.get(2)));
    }

    static Element logRow(long id) {
        Element row = Jsoup.parse(editor.get("/editor/imports").body()).getElementById("import-" + id);
        assertNotNull(row, "no log row for " + id);
        return row;
    }

    @Test
    void theReproductionShowsItsCoverageAndARollbackReturnsEveryPageToItsBytes() {
        Map<String, byte[]> before = publicBytes();
        long version = app.db.contentVersion().current();
        String csv = BARS + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n"
                + "2025-12-01,APLD,30.00,31.00,29.50,30.50,5000000,8000000000\n";

        Document preview = Jsoup.parse(upload("preview", csv).body());
        Element coverage = preview.selectFirst("table.coverage-dates tbody tr");
        assertNotNull(coverage, preview.text());
        assertEquals("Mon 1 Dec 2025", coverage.child(0).text());
        assertEquals("2 of 34", coverage.child(1).text());
        String missing = coverage.child(2).text();
        assertTrue(missing.contains("CORZ") && missing.contains("MARA") && !missing.contains("ABTC") && !missing.contains("APLD"),
                missing);
        assertEquals(32, missing.split(", ").length, missing);
        String weekWarning = preview.select(".week-warnings li").text();
        assertTrue(weekWarning.startsWith("The week ending Fri 5 Dec 2025 would be incomplete: Mon 1 Dec 2025 has bars for 2 of 34"
                + " companies (missing: "), weekWarning);
        assertTrue(weekWarning.contains("Tue 2 Dec 2025, Wed 3 Dec 2025, Thu 4 Dec 2025, Fri 5 Dec 2025 have no bar of any company"),
                weekWarning);

        long id = commit(csv);
        assertNotEquals(new String(before.get("/"), StandardCharsets.UTF_8), new String(bytes("/"), StandardCharsets.UTF_8),
                "the home page shows the import (so the page cache did not hide it)");
        assertFalse(java.util.Arrays.equals(before.get("/companies/ABTC.csv"), bytes("/companies/ABTC.csv")));
        String changes = logRow(id).selectFirst(".changes").text();
        assertEquals("ABTC: 1 added (2025-12-01); APLD: 1 added (2025-12-01)", changes);

        Document confirm = Jsoup.parse(editor.get("/editor/imports/" + id + "/rollback").body());
        assertTrue(confirm.select("table.changes").text().contains("ABTC 1 0 2025-12-01 – 2025-12-01"), confirm.text());
        assertNotNull(confirm.selectFirst("form button"), "a confirmation button");
        HttpResponse<String> done = rollback(id);
        assertEquals(303, done.statusCode(), done.body());
        assertEquals("/editor/imports?rolledBack=" + id, done.headers().firstValue("Location").orElseThrow());

        assertTrue(app.db.contentVersion().current() > version + 1, "commit and rollback each bump the content version");
        Map<String, byte[]> after = publicBytes();
        for (String path : PUBLIC) {
            assertArrayEquals(before.get(path), after.get(path), path);
        }
        assertTrue(logRow(id).selectFirst(".rollback").text().startsWith("Rolled back"), logRow(id).text());
        assertTrue(Audit.recent(app.db.dsl(), 5, 0).stream().anyMatch(a -> a.action().equals("import-rolled-back")
                && a.subject().startsWith("import " + id + ", upload.csv")));
        HttpResponse<String> again = rollback(id);
        assertEquals(409, again.statusCode());
        assertTrue(Jsoup.parse(again.body()).selectFirst(".refusal").text().contains("It was rolled back on"));
    }

    @Test
    void aRollbackGivesReplacedRowsTheirOldValues() {
        String mara = new String(bytes("/companies/MARA.csv"), StandardCharsets.UTF_8);
        String stored = mara.lines().filter(l -> l.startsWith("2025-11-28,")).findFirst().orElseThrow();
        String[] bar = stored.split(",");
        String changed = String.join(",", bar[0], bar[1], bar[2], bar[3], "0.01", bar[5], bar[6], "1000000000");
        long id = commit(BARS + changed + "\n");
        assertTrue(new String(bytes("/companies/MARA.csv"), StandardCharsets.UTF_8).contains(changed));
        assertEquals("MARA: 1 replaced (2025-11-28)", logRow(id).selectFirst(".changes").text());

        assertEquals(303, rollback(id).statusCode());
        assertEquals(mara, new String(bytes("/companies/MARA.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aRollbackIsRefusedWhileALaterImportWroteTheSameRowsAndLinksToIt() {
        String corz = new String(bytes("/companies/CORZ.csv"), StandardCharsets.UTF_8);
        long first = commit(BARS + "2025-12-08,CORZ,15.00,16.00,14.50,15.50,9000000,5000000000\n");
        long later = commit(BARS + "2025-12-08,CORZ,15.10,16.00,14.50,15.60,9000000,5000000000\n"
                + "2025-12-09,CORZ,15.60,16.00,15.00,15.80,9000000,5100000000\n");
        assertEquals("CORZ: 1 added, 1 replaced (2025-12-08 – 2025-12-09)", logRow(later).selectFirst(".changes").text());

        HttpResponse<String> confirm = editor.get("/editor/imports/" + first + "/rollback");
        assertEquals(409, confirm.statusCode());
        assertNull(Jsoup.parse(confirm.body()).selectFirst("form[action$=rollback]"), "no rollback button when refused");
        HttpResponse<String> refused = rollback(first);
        assertEquals(409, refused.statusCode(), refused.body());
        Element refusal = Jsoup.parse(refused.body()).selectFirst(".refusal");
        assertTrue(refusal.text().contains("A later change (#" + later + " upload.csv) wrote some of the same rows"), refusal.text());
        assertEquals("/editor/imports/" + later + "/rollback", refusal.selectFirst("a").attr("href"));
        assertTrue(new String(bytes("/companies/CORZ.csv"), StandardCharsets.UTF_8).contains("2025-12-09,CORZ"),
                "the refused rollback changed nothing");

        assertEquals(303, rollback(later).statusCode());
        assertTrue(new String(bytes("/companies/CORZ.csv"), StandardCharsets.UTF_8)
                .contains("2025-12-08,CORZ,15.00,16.00,14.50,15.50,9000000,5000000000"), "the first import's values are back");
        assertEquals(303, rollback(first).statusCode());
        assertEquals(corz, new String(bytes("/companies/CORZ.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void sectorMetricImportsRollBackAndALaterFormSaveMustBeRolledBackFirst() {
        String economics = new String(bytes("/economics.csv"), StandardCharsets.UTF_8);
        long imported = commit(METRICS + "2025-11-28,95000.00,1020.00,75000.00,139000.00\n"
                + "2025-12-01,96000.00,1021.00,75100.00,139100.00\n");
        assertEquals("Sector metrics: 1 added, 1 replaced (2025-11-28 – 2025-12-01)", logRow(imported).selectFirst(".changes").text());
        HttpResponse<String> saved = editor.post("/editor/metrics", Map.of("date", "2025-12-01", "btc_price", "97000",
                "hashrate_ehs", "1022", "cash_cost_per_btc", "75200", "allin_cost_per_btc", "139200"));
        assertEquals(303, saved.statusCode(), saved.body());
        Element formRow = Jsoup.parse(editor.get("/editor/imports").body()).selectFirst("table.imports tbody tr");
        assertTrue(formRow.text().contains("sector metrics form"), formRow.text());
        long form = Long.parseLong(formRow.id().substring("import-".length()));

        HttpResponse<String> refused = rollback(imported);
        assertEquals(409, refused.statusCode());
        assertEquals("/editor/imports/" + form + "/rollback",
                Jsoup.parse(refused.body()).selectFirst(".refusal a").attr("href"));
        assertEquals(303, rollback(form).statusCode());
        assertTrue(new String(bytes("/economics.csv"), StandardCharsets.UTF_8).contains("2025-12-01,96000.00"));
        assertEquals(303, rollback(imported).statusCode());
        assertEquals(economics, new String(bytes("/economics.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void deletingBarsIsPreviewedConfirmedAuditedAndCanBeRolledBack() {
        String riot = new String(bytes("/companies/RIOT.csv"), StandardCharsets.UTF_8);
        Map<String, String> range = Map.of("ticker", "RIOT", "from", "2025-11-24", "to", "2025-11-26");
        HttpResponse<String> preview = editor.post("/editor/bars/delete", with(range, "mode", "preview"));
        assertEquals(200, preview.statusCode(), preview.body());
        Document page = Jsoup.parse(preview.body());
        assertEquals(List.of("2025-11-24", "2025-11-25", "2025-11-26"), page.select("table.bars-to-delete tbody th").eachText());
        assertEquals("3", page.selectFirst("input[name=expected]").val());
        assertEquals(riot, new String(bytes("/companies/RIOT.csv"), StandardCharsets.UTF_8), "a preview deletes nothing");

        HttpResponse<String> stale = editor.post("/editor/bars/delete", with(with(range, "mode", "confirm"), "expected", "2"));
        assertEquals(409, stale.statusCode(), "the rows changed since the preview (2 expected, 3 there)");
        HttpResponse<String> done = editor.post("/editor/bars/delete", with(with(range, "mode", "confirm"), "expected", "3"));
        assertEquals(303, done.statusCode(), done.body());
        long id = idFrom(done.headers().firstValue("Location").orElseThrow(), "done=");
        String csv = new String(bytes("/companies/RIOT.csv"), StandardCharsets.UTF_8);
        assertFalse(csv.contains("2025-11-24,") || csv.contains("2025-11-25,") || csv.contains("2025-11-26,"), csv);
        assertTrue(csv.contains("2025-11-28,RIOT"), csv);
        assertEquals("RIOT: 3 deleted (2025-11-24 – 2025-11-26)", logRow(id).selectFirst(".changes").text());
        assertTrue(Audit.recent(app.db.dsl(), 5, 0).stream().anyMatch(a -> a.action().equals("bars-deleted")
                && a.subject().equals("daily bars of RIOT from 2025-11-24 to 2025-11-26: 3 deleted")));

        assertEquals(303, rollback(id).statusCode());
        assertEquals(riot, new String(bytes("/companies/RIOT.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aJumpOfMoreThanHalfFromThePreviousBarIsWarnedButNotRefused() {
        String csv = BARS + "2025-12-01,ABTC,4.80,4.90,4.70,4.80,1000000,2000000000\n";
        HttpResponse<String> r = upload("preview", csv);
        assertEquals(200, r.statusCode());
        String jumps = Jsoup.parse(r.body()).select(".jump-warnings li").text();
        assertTrue(jumps.startsWith("ABTC 2025-12-01: close 2.23 → 4.80 (+115.25 %), market cap $1.01B → $2.00B"
                + " (+98.29 %) from the previous bar on 2025-11-28."), jumps);
        assertTrue(jumps.contains("A split or a unit error?"), jumps);
        long id = commit(csv);
        assertEquals(303, rollback(id).statusCode());
    }

    @Test
    void badRollbackRequestsGetClearAnswers() {
        assertEquals(404, editor.get("/editor/imports/999999/rollback").statusCode());
        assertEquals(404, editor.get("/editor/imports/abc/rollback").statusCode());
        assertEquals(404, rollback(999999).statusCode());
        long id = commit(BARS + "2025-12-15,HUT,40.00,41.00,39.50,40.80,3000000,4000000000\n");
        HttpResponse<String> unconfirmed = editor.post("/editor/imports/" + id + "/rollback", Map.of());
        assertEquals(400, unconfirmed.statusCode());
        assertEquals(303, rollback(id).statusCode());
        HttpResponse<String> badRange = editor.post("/editor/bars/delete", Map.of("mode", "preview", "ticker", "HUT",
                "from", "2025-12-05", "to", "2025-12-01"));
        assertEquals(422, badRange.statusCode());
        HttpResponse<String> empty = editor.post("/editor/bars/delete", Map.of("mode", "preview", "ticker", "HUT",
                "from", "2030-01-01", "to", "2030-01-31"));
        assertEquals(422, empty.statusCode());
        assertTrue(Jsoup.parse(empty.body()).selectFirst("#to-error").text().contains("HUT has no bars from 2030-01-01"));
        assertEquals(303, app.browser().get("/editor/imports/" + id + "/rollback").statusCode(), "signed-in editors only");
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> out = new java.util.HashMap<>(form);
        out.put(key, value);
        return out;
    }
}
