package com.minerdesk.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract pages, public and editor, with and without errors, are valid HTML with headings in order. */
class ContractPagesQualityTest {

    @Test
    void everyContractPageIsValidHtml() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
            pages.put("table", app.get("/contracts"));
            pages.put("filtered", app.get("/contracts?status=energizing&sort=gross_mw"));
            pages.put("none match", app.get("/contracts?status=ended"));
            pages.put("contract", app.get("/contracts/CORZ-CRWV-2024"));
            pages.put("company", app.get("/companies/APLD"));
            pages.put("pivots", app.get("/pivots"));
            pages.put("editor list", editor.get("/editor/contracts"));
            pages.put("new form", editor.get("/editor/contracts/new"));
            pages.put("new form errors", editor.post("/editor/contracts/new", Map.of("ref", "x", "gross_mw", "-1")));
            pages.put("version form", editor.get("/editor/contracts/IREN-MSFT-2025/version"));
            pages.put("version errors", editor.post("/editor/contracts/IREN-MSFT-2025/version", Map.of("status", "x")));
            NuHtmlChecker checker = new NuHtmlChecker();
            List<String> failures = new ArrayList<>();
            pages.forEach((name, r) -> {
                assertTrue(List.of(200, 422).contains(r.statusCode()), name + " answered " + r.statusCode() + ": " + r.body());
                checker.errors(r.body()).forEach(e -> failures.add(name + " " + e));
                HeadingOrder.skips(r.body()).forEach(skip -> failures.add(name + " " + skip));
            });
            assertEquals(422, pages.get("version errors").statusCode());
            assertTrue(failures.isEmpty(), failures.size() + " errors:\n" + String.join("\n", failures));
        }
    }
}
