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
            String header = "date,ticker,open,high,low,close,volume,market_cap\n";
            Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
            for (String path : List.of("/editor", "/editor/import", "/editor/imports", "/editor/companies",
                    "/editor/companies/new", "/editor/companies/ABTC/edit", "/editor/metrics?date=2025-11-28",
                    "/editor/pivots", "/editor/pivots/new")) {
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
            pages.put("imports after commit", editor.get(commit.headers().firstValue("Location").orElseThrow()));
            pages.put("company errors", editor.post("/editor/companies/new", Map.of("ticker", "?", "ai_hpc_status", "x")));
            pages.put("metrics errors", editor.post("/editor/metrics", Map.of("date", "x")));
            pages.put("pivot errors", editor.post("/editor/pivots/new", Map.of("ticker", "ABTC")));
            pages.put("pivot edit", editor.get("/editor/pivots/1/edit"));
            pages.put("too large", editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "big.csv",
                    new byte[20 * 1024 * 1024 + 1]));

            NuHtmlChecker checker = new NuHtmlChecker();
            List<String> failures = new ArrayList<>();
            pages.forEach((name, r) -> {
                assertTrue(List.of(200, 413, 422).contains(r.statusCode()), name + " answered " + r.statusCode());
                checker.errors(r.body()).forEach(e -> failures.add(name + " " + e));
                HeadingOrder.skips(r.body()).forEach(skip -> failures.add(name + " " + skip));
            });
            assertEquals(413, pages.get("too large").statusCode());
            assertTrue(failures.isEmpty(), failures.size() + " errors from the Nu Html Checker or headings out of order:\n" + String.join("\n", failures));
        }
    }
}
