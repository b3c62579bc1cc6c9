package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.MONTHLY_REPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monthly reports through the desk import over HTTP: refusals with line and field, restatement, rollback, round trip. */
class ProductionImportTest {
    static final String HEADER = String.join(",", ProductionCsv.HEADER) + "\n";
    TestApp app;
    Browser editor;

    @BeforeEach
    void start() {
        app = TestApp.empty();
        ProductionFixture.load(app.db);
        editor = app.editor();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    HttpResponse<String> upload(String mode, String csv) {
        return editor.postMultipart("/editor/import", Map.of("mode", mode), "file", "reports.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> errors(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        return Jsoup.parse(r.body()).select("table.errors tbody tr").stream()
                .map(tr -> tr.child(0).text() + "|" + tr.child(1).text() + "|" + tr.child(2).text()).toList();
    }

    static void assertError(List<String> errors, String lineAndColumn, String text) {
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(lineAndColumn + "|") && e.contains(text)),
                "no error at " + lineAndColumn + " containing '" + text + "' in " + errors);
    }

    @Test
    void impossibleFiguresAreRefusedWithLineAndFieldAndNothingIsSaved() {
        int before = app.db.dsl().fetchCount(MONTHLY_REPORTS);
        String future = java.time.YearMonth.now(app.clock).plusMonths(1).toString();
        List<String> errors = errors(upload("commit", HEADER
                + "2025-08,MARA,700,1000,,60,55,,20,,,,https://ir.mara.com/a,,2025-09-03\n"       // 2: fine
                + "2025-08,CLSK,-1,1000,,60,55,,20,,,,https://x.example/a,,\n"                      // 3: negative BTC
                + "2025-08,CLSK,600,1000,,60,55,,4.5,,,,https://x.example/a,,\n"                    // 4: efficiency
                + "2025-08,CLSK,600,1000,,50,55,,20,,,,https://x.example/a,,\n"                     // 5: operating > installed
                + future + ",CLSK,600,1000,,60,55,,20,,,,https://x.example/a,,\n"                   // 6: future month
                + "2025-08,CLSK,600,1000,,60,55,,20,,,,javascript:alert(1),,\n"                     // 7: not http(s)
                + "2025-08,NOPE,600,1000,,60,55,,20,,,,https://x.example/a,,\n"                     // 8: unknown ticker
                + "2025-8,CLSK,600,1000,,60,55,,20,,,,,,\n"));                                      // 9: month format
        assertError(errors, "3|3 (btc_produced)", "must not be negative");
        assertError(errors, "4|9 (efficiency_jth)", "outside 5–200 J/TH");
        assertError(errors, "5|7 (operating_ehs)", "above the installed");
        assertError(errors, "6|1 (month)", "in the future");
        assertError(errors, "7|13 (source_url)", "https://");
        assertError(errors, "8|2 (ticker)", "NOPE");
        assertError(errors, "9|1 (month)", "yyyy-mm");
        assertEquals(7, errors.size(), errors.toString());
        assertEquals(before, app.db.dsl().fetchCount(MONTHLY_REPORTS), "nothing half-saved");
    }

    @Test
    void anExportedMonthImportsAgainUnchanged() {
        for (String path : List.of("/production/2025-10.csv", "/companies/MARA/production.csv")) {
            String csv = app.get(path).body();
            HttpResponse<String> preview = upload("preview", csv);
            assertEquals(200, preview.statusCode(), preview.body());
            String text = Jsoup.parse(preview.body()).text();
            assertTrue(text.contains("importing this file would change nothing"), path + ": " + text);
        }
    }

    @Test
    void aRestatementShowsOnThePageAndRollsBack() {
        HttpResponse<String> preview = upload("preview", HEADER
                + "2025-11,MARA,690,1150,,70,62,,,,,,https://ir.mara.com/news/november-2025-restated,,2025-12-10\n");
        assertEquals(200, preview.statusCode(), preview.body());
        String text = Jsoup.parse(preview.body()).text();
        assertTrue(text.contains("MARA 2025-11"), text);
        HttpResponse<String> commit = upload("commit", HEADER
                + "2025-11,MARA,690,1150,,70,62,,,,,,https://ir.mara.com/news/november-2025-restated,,2025-12-10\n");
        assertEquals(303, commit.statusCode(), commit.body());
        String location = commit.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.indexOf("done=") + 5));
        String page = ProductionPagesTest.row(app.get("/production/2025-11").body(), "MARA");
        assertTrue(page.startsWith("MARA 690.00 restated from 700.00 BTC on 3 Dec"), page);

        HttpResponse<String> rolledBack = editor.post("/editor/imports/" + id + "/rollback", Map.of("confirm", "yes"));
        assertEquals(303, rolledBack.statusCode(), rolledBack.body());
        page = ProductionPagesTest.row(app.get("/production/2025-11").body(), "MARA");
        assertTrue(page.startsWith("MARA 700.00 —") || page.startsWith("MARA 700.00 1,150.00"), page);
    }
}
