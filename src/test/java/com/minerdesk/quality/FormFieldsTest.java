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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The editor and account forms, sent with errors: every field's error is tied to its control (which
 * is aria-invalid and names the error in aria-describedby), and every control has its label.
 */
class FormFieldsTest {

    @Test
    void everyErrorIsTiedToItsControlAndEveryControlHasALabel() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser admin = app.admin();
            Map<String, HttpResponse<String>> forms = new LinkedHashMap<>();
            forms.put("company", admin.post("/editor/companies/new", Map.of("ticker", "?", "ai_hpc_status", "x")));
            forms.put("metrics", admin.post("/editor/metrics", Map.of("date", "x")));
            forms.put("shares", admin.post("/editor/shares", Map.of("ticker", "ABTC", "as_of", "x", "shares", "-1")));
            forms.put("pivot", admin.post("/editor/pivots/new", Map.of("ticker", "ABTC", "kind", "x")));
            forms.put("write-up", admin.post("/editor/writeups/new", Map.of("title", "", "body", "x", "status", "published", "week", "x")));
            forms.put("account", admin.post("/editor/accounts", Map.of("email", "bad", "role", "x")));
            forms.put("import", admin.get("/editor/import"));
            forms.put("sign-in", app.get("/login"));
            List<String> failures = new ArrayList<>();
            forms.forEach((name, r) -> check(name, Jsoup.parse(r.body()), failures));
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            Document company = Jsoup.parse(forms.get("company").body());
            assertEquals(List.of("ticker", "name", "exchange", "ai_hpc_status"),
                    company.select("main [aria-invalid=true]").eachAttr("id"), "the fields with errors, and only they");
        }
    }

    private static void check(String form, Document page, List<String> failures) {
        for (Element error : page.select("main .field-error[id]")) {
            String id = error.id();
            Element control = page.selectFirst("main [aria-describedby~=(^|\\s)" + id + "(\\s|$)]");
            if (control == null || !"true".equals(control.attr("aria-invalid"))) {
                failures.add(form + ": no aria-invalid control is described by " + id);
            } else if (!id.equals(control.id() + "-error")) {
                failures.add(form + ": " + id + " describes " + control.id());
            }
        }
        for (Element error : page.select("main .field-error:not([id])")) {
            failures.add(form + ": an error tied to no field: " + error.text());
        }
        for (Element control : page.select("main input:not([type=hidden]):not([type=checkbox]), main select, main textarea")) {
            if (control.id().isEmpty() || page.selectFirst("main label[for=" + control.id() + "]") == null) {
                failures.add(form + ": " + control.tagName() + " " + control.attr("name") + " has no label");
            }
            if ("true".equals(control.attr("aria-invalid")) && page.getElementById(control.id() + "-error") == null) {
                failures.add(form + ": " + control.id() + " is aria-invalid without an error message");
            }
        }
    }
}
