package com.minerdesk.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data desk's editor pages, with and without errors and previews, are valid HTML. */
class DeskPagesQualityTest {

    @Test
    void everyDeskPageIsValidHtml() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            // the import format names its unit since V42: volume_shares (the old dollar "volume" is refused)
            String header = "date,ticker,open,high,low,close,volume_shares,market_cap\n";
            Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
            for (String path : List.of("/editor", "/editor/import", "/editor/imports", "/editor/companies",
                    "/editor/companies/new", "/editor/companies/ABTC/edit", "/editor/metrics?date=2025-11-28",
                    "/editor/pivots", "/editor/pivots/new", "/editor/shares")) {
                pages.put(path, editor.get(path));
            }
            pages.put("import preview", editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "w.csv",
                    (header + "2025-11-28,ABTC,5.75,6.00,2.10,2.30,1000,2000\n2025-12-06,HUT,40,41,39,40.5,1,2\n")
                            .getBytes(StandardCharsets.UTF_8)));
            pages.put("import errors", editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file", "w.csv",
                    (header + "2025-12-01,ZZZZ,1,1,1,1,1,1\n2025-12-01,ABTC,1,0.5,1,1,1,1\n").getBytes(StandardCharsets.UTF_8)));
            HttpResponse<String> commit = editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file", "w.csv",
                    (header + "2025-12-01,ABTC,2.30,2.50,2.20,2.40,1000000,2000000000\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(303, commit.statusCode());
            String done = commit.headers().firstValue("Location").orElseThrow();
            pages.put("imports after commit", editor.get(done));
            String id = done.substring(done.indexOf("done=") + 5);
            pages.put("rollback confirmation", editor.get("/editor/imports/" + id + "/rollback"));
            HttpResponse<String> later = editor.postMultipart("/editor/import", Map.of("mode", "commit"), "file", "w.csv",
                    (header + "2025-12-01,ABTC,2.30,2.50,2.20,2.45,1000000,2000000000\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(303, later.statusCode());
            pages.put("rollback refused", editor.post("/editor/imports/" + id + "/rollback", Map.of("confirm", "yes")));
            String laterId = later.headers().firstValue("Location").orElseThrow().replaceAll(".*done=", "");
            HttpResponse<String> rolledBack = editor.post("/editor/imports/" + laterId + "/rollback", Map.of("confirm", "yes"));
            assertEquals(303, rolledBack.statusCode());
            pages.put("imports after rollback", editor.get(rolledBack.headers().firstValue("Location").orElseThrow()));
            pages.put("delete bars", editor.get("/editor/bars/delete"));
            pages.put("delete bars preview", editor.post("/editor/bars/delete", Map.of("mode", "preview", "ticker", "ABTC",
                    "from", "2025-11-24", "to", "2025-11-25")));
            pages.put("delete bars errors", editor.post("/editor/bars/delete", Map.of("mode", "preview", "ticker", "?")));
            HttpResponse<String> deleted = editor.post("/editor/bars/delete", Map.of("mode", "confirm", "ticker", "ABTC",
                    "from", "2025-11-24", "to", "2025-11-25", "expected", "2"));
            assertEquals(303, deleted.statusCode());
            pages.put("imports after deletion", editor.get(deleted.headers().firstValue("Location").orElseThrow()));
            pages.put("company errors", editor.post("/editor/companies/new", Map.of("ticker", "?", "ai_hpc_status", "x")));
            pages.put("metrics errors", editor.post("/editor/metrics", Map.of("date", "x")));
            pages.put("shares errors", editor.post("/editor/shares", Map.of("ticker", "ABTC", "as_of", "x", "shares", "-1")));
            assertEquals(303, editor.post("/editor/shares", Map.of("ticker", "ABTC", "as_of", "2025-11-03", "shares", "900000000",
                    "source", "Sample filing")).statusCode());
            pages.put("shares list", editor.get("/editor/shares?ticker=ABTC&saved=1"));
            pages.put("pivot errors", editor.post("/editor/pivots/new", Map.of("ticker", "ABTC")));
            pages.put("pivot edit", editor.get("/editor/pivots/1/edit"));
            pages.put("too large", editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "big.csv",
                    new byte[20 * 1024 * 1024 + 1]));

            NuHtmlChecker checker = new NuHtmlChecker();
            List<String> failures = new ArrayList<>();
            pages.forEach((name, r) -> {
                assertTrue(List.of(200, 409, 413, 422).contains(r.statusCode()), name + " answered " + r.statusCode());
                checker.errors(r.body()).forEach(e -> failures.add(name + " " + e));
                HeadingOrder.skips(r.body()).forEach(skip -> failures.add(name + " " + skip));
            });
            assertEquals(413, pages.get("too large").statusCode());
            assertEquals(409, pages.get("rollback refused").statusCode());
            assertTrue(failures.isEmpty(), failures.size() + " errors from the Nu Html Checker or headings out of order:\n" + String.join("\n", failures));
        }
    }
}
