package com.minerdesk.desk.forms;

import com.minerdesk.desk.ValueRules;
import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static com.minerdesk.db.generated.Tables.SECTOR_METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.Audit;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.DemoSiteWithEditor;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The desk's editor forms for companies, sector metrics and pivot events, over HTTP. */
public class DeskFormsTest extends DemoSiteWithEditor {
    /** A 422 answer saying nothing was saved (the contract forms use it too). */
    public static Document invalid(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.selectFirst(".form-error").text().contains("not saved"), page.text());
        return page;
    }

    public static String fieldError(Document page, String field) {
        var e = page.getElementById(field + "-error");
        return e == null ? "" : e.text();
    }

    public static void assertAudited(String action, String subjectPart) {
        assertTrue(Audit.recent(app.db.dsl(), 20, 0).stream().anyMatch(a -> a.action().equals(action)
                        && a.subject().contains(subjectPart) && a.actor().equals(TestApp.EDITOR_EMAIL)),
                "no audit entry " + action + " " + subjectPart);
    }

    static Map<String, String> company(String ticker, String name) {
        Map<String, String> f = new HashMap<>();
        f.put("ticker", ticker);
        f.put("name", name);
        f.put("exchange", "Nasdaq");
        f.put("country", "United States");
        f.put("website", "https://example.com");
        f.put("profile", "Hosts miners in Texas.");
        f.put("ai_hpc_status", "exploring");
        return f;
    }

    @Test
    void companyFormKeepsWhatWasTypedAndShowsEachError() {
        int companies = app.db.dsl().fetchCount(COMPANIES);
        Map<String, String> form = company("BAD TICKER!", "");
        form.put("website", "ftp://example.com");
        form.put("ai_hpc_status", "sideways");
        Document page = invalid(editor.post("/editor/companies/new", form));
        assertTrue(fieldError(page, "ticker").contains("letters, digits, dots or dashes"));
        assertEquals("This field is required.", fieldError(page, "name"));
        assertTrue(fieldError(page, "website").contains("is not a web address"));
        assertTrue(fieldError(page, "ai_hpc_status").contains("Choose one of none, exploring, contracted, operating"));
        assertEquals("", fieldError(page, "exchange"));
        assertEquals("BAD TICKER!", page.getElementById("ticker").val());
        assertEquals("ftp://example.com", page.getElementById("website").val());
        assertEquals("Hosts miners in Texas.", page.getElementById("profile").text());

        Document duplicate = invalid(editor.post("/editor/companies/new", company("abtc", "Another")));
        assertEquals("A company with ticker ABTC exists already.", fieldError(duplicate, "ticker"));
        assertEquals(companies, app.db.dsl().fetchCount(COMPANIES));
    }

    @Test
    void companiesAreCreatedAndEditedWithAnAuditEntry() {
        HttpResponse<String> created = editor.post("/editor/companies/new", company("nwmn", "New Miner Inc."));
        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/editor/companies?saved=NWMN", created.headers().firstValue("Location").orElseThrow());
        assertAudited("company-created", "NWMN · New Miner Inc.");
        Document page = Jsoup.parse(app.get("/companies/NWMN").body());
        assertEquals("New Miner Inc. NWMN", page.selectFirst("h1").text());

        Document edit = Jsoup.parse(editor.get("/editor/companies/NWMN/edit").body());
        assertEquals("New Miner Inc.", edit.getElementById("name").val());
        Map<String, String> changed = company("NWMN", "New Miner Holdings");
        changed.put("ai_hpc_status", "contracted");
        assertEquals(303, editor.post("/editor/companies/NWMN/edit", changed).statusCode());
        assertAudited("company-updated", "NWMN · New Miner Holdings");
        String text = Jsoup.parse(app.get("/companies/NWMN").body()).text();
        assertTrue(text.contains("New Miner Holdings") && text.contains("Contracted"), text);

        assertEquals("NWMN", Jsoup.parse(editor.get("/editor/companies/new?ticker=nwmn").body()).getElementById("ticker").val());
        assertEquals(404, editor.get("/editor/companies/NOPE/edit").statusCode());
    }

    static Map<String, String> metrics(String date, String btc, String hashrate, String cash, String allin) {
        return Map.of("date", date, "btc_price", btc, "hashrate_ehs", hashrate, "cash_cost_per_btc", cash,
                "allin_cost_per_btc", allin);
    }

    @Test
    void anOverLongNumberIsRefusedByItsLengthBeforeItIsParsed() {
        String digits = "9".repeat(200_000);
        Document page = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> invalid(editor.post("/editor/metrics", metrics("2025-12-05", digits, "1020.5", "74800", "1" + digits))));
        assertTrue(fieldError(page, "btc_price").contains("too long for a number of at most 18 digits (200000 characters)"),
                fieldError(page, "btc_price"));
        assertTrue(fieldError(page, "allin_cost_per_btc").contains("too long"));
        assertTrue(ValueRules.wholeNotNegative("1".repeat(1_000_000)).error().contains("too long"));
        assertTrue(ValueRules.positive("0".repeat(40) + "2.30", 18, 4).failed(), "more than the spare characters");
        assertEquals(0, new java.math.BigDecimal("2.3").compareTo(ValueRules.positive("0002.300000", 18, 4).value()));
    }

    @Test
    void sectorMetricsAreValidatedAndSavedForADate() {
        int rows = app.db.dsl().fetchCount(SECTOR_METRICS);
        Document page = invalid(editor.post("/editor/metrics", metrics("2025-12-32", "-5", "1,020", "74600.123", "")));
        assertEquals("The value '2025-12-32' is not a real date.", fieldError(page, "date"));
        assertTrue(fieldError(page, "btc_price").startsWith("Must be above zero"), fieldError(page, "btc_price"));
        assertTrue(fieldError(page, "hashrate_ehs").contains("is not a number"));
        assertTrue(fieldError(page, "cash_cost_per_btc").startsWith("Has more than 2 decimals"));
        assertEquals("This field is required.", fieldError(page, "allin_cost_per_btc"));
        assertEquals("1,020", page.getElementById("hashrate_ehs").val());
        assertEquals(rows, app.db.dsl().fetchCount(SECTOR_METRICS));

        HttpResponse<String> saved = editor.post("/editor/metrics", metrics("2025-12-05", "93500", "1020.5", "74800", "138200"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertAudited("metrics-created", "sector metrics 2025-12-05: BTC 93500");
        Document form = Jsoup.parse(editor.get("/editor/metrics?date=2025-12-05").body());
        assertEquals("93500.00", form.getElementById("btc_price").val());
        assertEquals(303, editor.post("/editor/metrics", metrics("2025-12-05", "94000", "1020.5", "74800", "138200")).statusCode());
        assertAudited("metrics-updated", "sector metrics 2025-12-05: BTC 94000");
        assertEquals(rows + 1, app.db.dsl().fetchCount(SECTOR_METRICS));
        String economics = Jsoup.parse(app.get("/economics").body()).select("table.data tbody tr").first().text();
        assertTrue(economics.startsWith("5 Dec 2025 $94,000"), economics);
    }

    static Map<String, String> pivot(String counterparty, String sourceName, String sourceUrl) {
        Map<String, String> f = new HashMap<>();
        f.put("ticker", "HUT");
        f.put("date", "2025-12-03");
        f.put("date_precision", "day");
        f.put("counterparty", counterparty);
        f.put("kind", "lease");
        f.put("amount_usd", "7000000000");
        f.put("capacity_mw", "245");
        f.put("summary", "A 15-year lease of a Louisiana campus.");
        f.put("source_name", sourceName);
        f.put("source_url", sourceUrl);
        return f;
    }

    @Test
    void pivotEventsNeedASourceAndAreCreatedEditedAndDeleted() {
        int events = app.db.dsl().fetchCount(PIVOT_EVENTS);
        Map<String, String> noSource = pivot("Anthropic", "", "not a link");
        noSource.put("amount_usd", "7.5 billion");
        Document page = invalid(editor.post("/editor/pivots/new", noSource));
        assertEquals("This field is required.", fieldError(page, "source_name"));
        assertTrue(fieldError(page, "source_url").contains("is not a web address"));
        assertTrue(fieldError(page, "amount_usd").contains("is not a number"));
        assertEquals("Anthropic", page.getElementById("counterparty").val());
        assertEquals("7.5 billion", page.getElementById("amount_usd").val());
        assertEquals(events, app.db.dsl().fetchCount(PIVOT_EVENTS));

        HttpResponse<String> created = editor.post("/editor/pivots/new",
                pivot("Anthropic", "Hut 8 announcement", "https://example.com/hut8-lease"));
        assertEquals(303, created.statusCode(), created.body());
        assertAudited("pivot-created", "HUT · Anthropic · 2025-12-03 (source: Hut 8 announcement)");
        String pivots = Jsoup.parse(app.get("/pivots?company=HUT").body()).text();
        assertTrue(pivots.contains("Anthropic") && pivots.contains("$7.00B") && pivots.contains("Hut 8 announcement"), pivots);

        long id = app.db.dsl().select(PIVOT_EVENTS.ID).from(PIVOT_EVENTS).where(PIVOT_EVENTS.COUNTERPARTY.eq("Anthropic"))
                .fetchOne(PIVOT_EVENTS.ID);
        Document edit = Jsoup.parse(editor.get("/editor/pivots/" + id + "/edit").body());
        assertEquals("245", edit.getElementById("capacity_mw").val());
        assertEquals(303, editor.post("/editor/pivots/" + id + "/edit",
                pivot("Anthropic and Fluidstack", "Hut 8 announcement", "https://example.com/hut8-lease")).statusCode());
        assertAudited("pivot-updated", "HUT · Anthropic and Fluidstack");
        assertTrue(Jsoup.parse(app.get("/pivots").body()).text().contains("Anthropic and Fluidstack"));

        assertEquals(303, editor.post("/editor/pivots/" + id + "/delete", Map.of("confirm", "yes")).statusCode());
        assertAudited("pivot-deleted", "HUT · Anthropic and Fluidstack");
        assertEquals(events, app.db.dsl().fetchCount(PIVOT_EVENTS));
        assertEquals(404, editor.get("/editor/pivots/" + id + "/edit").statusCode());
    }

    @Test
    void theFormsNeedASignedInEditor() {
        Browser anonymous = app.browser();
        for (String path : List.of("/editor/companies", "/editor/companies/new", "/editor/companies/ABTC/edit",
                "/editor/metrics", "/editor/pivots", "/editor/pivots/new")) {
            HttpResponse<String> r = anonymous.get(path);
            assertEquals(303, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login?next="), path);
        }
        int companies = app.db.dsl().fetchCount(COMPANIES);
        HttpResponse<String> post = anonymous.postRaw("/editor/companies/new", company("ANON", "Anonymous Inc."));
        assertEquals(403, post.statusCode());
        assertEquals(companies, app.db.dsl().fetchCount(COMPANIES));
    }
}
