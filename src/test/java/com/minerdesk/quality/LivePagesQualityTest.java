package com.minerdesk.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages with live figures, blocks and the fact-check list are valid HTML. */
class LivePagesQualityTest {
    private static final String BODY = """
            ABTC went from {{ABTC.open}} to {{ABTC.close}} ({{ABTC.change}}); the sector ended at {{sector.marketcap}}.

            {{movers 3}}

            {{table}}

            {{chart ABTC}}

            {{pivots APLD}}
            """;

    @Test
    void helpWriteupAndCheckedFormAreValidHtml() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            Map<String, String> published = Writeups.with(Writeups.form("Live figures", BODY, "published"), "week", "2025-11-28");
            Writeups.create(editor, published);
            Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
            pages.put("help", editor.get("/editor/help"));
            pages.put("write-up", app.get("/writeups/live-figures"));
            pages.put("refused with errors and mismatches", editor.post("/editor/writeups/new",
                    Writeups.with(Writeups.form("Wrong", "ABTC fell 47.40 %.\n\n{{ABTC.price}}\n", "published"), "week", "2025-11-28")));
            pages.put("preview", editor.post("/editor/writeups/new/preview", published));
            pages.put("dashboard", editor.get("/editor"));
            NuHtmlChecker checker = new NuHtmlChecker();
            List<String> failures = new ArrayList<>();
            pages.forEach((name, r) -> {
                assertTrue(List.of(200, 422).contains(r.statusCode()), name + " answered " + r.statusCode());
                checker.errors(r.body()).forEach(e -> failures.add(name + " " + e));
                HeadingOrder.skips(r.body()).forEach(skip -> failures.add(name + " " + skip));
            });
            assertEquals(422, pages.get("refused with errors and mismatches").statusCode());
            assertTrue(failures.isEmpty(), failures.size() + " errors from the Nu Html Checker or headings out of order:\n" + String.join("\n", failures));
        }
    }
}
