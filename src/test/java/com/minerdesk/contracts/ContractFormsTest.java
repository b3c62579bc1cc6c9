package com.minerdesk.contracts;

import static com.minerdesk.db.generated.Tables.CONTRACTS;
import static com.minerdesk.db.generated.Tables.CONTRACT_VERSIONS;
import static com.minerdesk.db.generated.Tables.IMPORTS;
import static com.minerdesk.desk.forms.DeskFormsTest.assertAudited;
import static com.minerdesk.desk.forms.DeskFormsTest.fieldError;
import static com.minerdesk.desk.forms.DeskFormsTest.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.DemoSiteWithEditor;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The editor's contract forms over HTTP: refusals with the field, a new contract, a status change, restated terms. */
class ContractFormsTest extends DemoSiteWithEditor {

    static Map<String, String> contract(String ref) {
        Map<String, String> f = new HashMap<>();
        f.put("ref", ref);
        f.put("ticker", "HUT");
        f.put("counterparty", "Anthropic");
        f.put("pivot_event_id", "");
        f.put("status", "loi");
        f.put("status_date", "2025-11-20");
        f.put("site", "River Bend, Louisiana");
        f.put("critical_it_mw", "245");
        f.put("gross_mw", "300");
        f.put("term_years", "15");
        f.put("value_usd", "7000000000");
        f.put("start_date", "2026-01-01");
        f.put("energization_date", "2026-06-30");
        f.put("backstop", "Google");
        f.put("source_url", "https://example.com/hut8-river-bend");
        f.put("accession", "0001964789-25-000123");
        f.put("published", "2025-11-20");
        return f;
    }

    static int stored() {
        return app.db.dsl().fetchCount(CONTRACT_VERSIONS);
    }

    @Test
    void wrongFieldsAreRefusedEachWithItsMessageAndNothingIsSaved() {
        int before = stored();
        Map<String, String> f = contract("hut anthropic");
        f.put("source_url", "ftp://example.com/deal");
        f.put("gross_mw", "0");
        f.put("critical_it_mw", "245");
        f.put("energization_date", "2025-12-01");
        f.put("status", "rumoured");
        f.put("accession", "12345");
        Document page = invalid(editor.post("/editor/contracts/new", f));
        assertTrue(fieldError(page, "ref").contains("Capital letters"), fieldError(page, "ref"));
        assertTrue(fieldError(page, "source_url").contains("http"), fieldError(page, "source_url"));
        assertEquals("Must be more than 0.", fieldError(page, "gross_mw"));
        assertTrue(fieldError(page, "energization_date").contains("cannot be before the start (2026-01-01)"));
        assertTrue(fieldError(page, "status").contains("Choose one of"), fieldError(page, "status"));
        assertTrue(fieldError(page, "accession").contains("0001878848-25-000041"));
        assertEquals("hut anthropic", page.getElementById("ref").val(), "what was typed is shown again");
        assertEquals("true", page.getElementById("gross_mw").attr("aria-invalid"));

        Map<String, String> above = contract("HUT-ANTH-ABOVE");
        above.put("critical_it_mw", "350");
        assertTrue(fieldError(invalid(editor.post("/editor/contracts/new", above)), "critical_it_mw")
                .contains("cannot be above the gross power (300 MW)"));
        Map<String, String> future = contract("HUT-ANTH-FUTURE");
        future.put("status_date", "2099-01-01");
        assertTrue(fieldError(invalid(editor.post("/editor/contracts/new", future)), "status_date").contains("in the future"));
        Map<String, String> taken = contract("IREN-MSFT-2025");
        assertTrue(fieldError(invalid(editor.post("/editor/contracts/new", taken)), "ref").contains("exists already"));
        Map<String, String> otherPivot = contract("HUT-ANTH-PIVOT");
        otherPivot.put("pivot_event_id", String.valueOf(app.db.dsl().select(CONTRACTS.PIVOT_EVENT_ID).from(CONTRACTS)
                .where(CONTRACTS.REF.eq("IREN-MSFT-2025")).fetchOne(CONTRACTS.PIVOT_EVENT_ID)));
        assertTrue(fieldError(invalid(editor.post("/editor/contracts/new", otherPivot)), "pivot_event_id").contains("IREN's, not HUT's"));
        assertEquals(before, stored());
        assertEquals(0, app.db.dsl().fetchCount(CONTRACTS, CONTRACTS.REF.in("HUT-ANTH-ABOVE", "HUT-ANTH-FUTURE", "HUT-ANTH-PIVOT")));
    }

    @Test
    void aContractGetsVersionsByStatusChangesAndRestatedTerms() {
        HttpResponse<String> created = editor.post("/editor/contracts/new", contract("HUT-ANTH-2025"));
        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/contracts/HUT-ANTH-2025", created.headers().firstValue("Location").orElseThrow());
        assertAudited("contract-created", "contract HUT-ANTH-2025: Letter of intent 2025-11-20");

        Document form = Jsoup.parse(editor.get("/editor/contracts/HUT-ANTH-2025/version").body());
        assertEquals("245", form.getElementById("critical_it_mw").val(), "starts from the current version");
        assertEquals("", form.getElementById("source_url").val(), "a new version names its own source");

        Map<String, String> signed = contract("HUT-ANTH-2025");
        signed.put("status", "signed");
        signed.put("status_date", "2025-12-03");
        signed.put("critical_it_mw", "250");
        signed.put("source_url", "https://example.com/hut8-signed");
        signed.put("published", "2025-12-03");
        assertEquals(303, editor.post("/editor/contracts/HUT-ANTH-2025/version", signed).statusCode());
        assertAudited("contract-version-added", "HUT-ANTH-2025: Signed 2025-12-03");

        Document page = Jsoup.parse(app.get("/contracts/HUT-ANTH-2025").body());
        List<String> history = page.select("#history ~ div table tbody tr").eachText();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("2 (current) Signed 3 Dec 2025 250 MW 300 MW"), history.get(0));
        assertTrue(history.get(1).startsWith("1 Letter of intent 20 Nov 2025 245 MW"), history.get(1));
        assertTrue(page.select("dt:contains(Source) + dd a").attr("href").equals("https://example.com/hut8-signed"));

        Document table = Jsoup.parse(app.get("/contracts?status=signed").body());
        assertTrue(table.text().contains("HUT-ANTH-2025"), "its current status counts");
        assertTrue(Jsoup.parse(app.get("/contracts?status=loi").body()).select("tbody th").eachText().stream()
                .noneMatch(t -> t.equals("HUT-ANTH-2025")));
        assertTrue(Jsoup.parse(app.get("/companies/HUT").body()).selectFirst("section.company-contracts").text()
                .contains("Anthropic: Signed 3 Dec 2025, 250 MW critical IT, $7.00B (source)"));

        assertEquals(2, app.db.dsl().fetchCount(IMPORTS, IMPORTS.KIND.eq("contracts").and(IMPORTS.OPERATION.eq("form"))
                .and(IMPORTS.USER_NAME.eq("Erin Editor"))), "each save is an entry of the import log");

        Document same = invalid(editor.post("/editor/contracts/HUT-ANTH-2025/version", signed));
        assertTrue(fieldError(same, "status").contains("These are the current terms"));
        Map<String, String> bad = new HashMap<>(signed);
        bad.put("critical_it_mw", "-5");
        assertTrue(fieldError(invalid(editor.post("/editor/contracts/HUT-ANTH-2025/version", bad)), "critical_it_mw")
                .contains("negative"));
        assertEquals(2, app.db.dsl().fetchCount(CONTRACT_VERSIONS, CONTRACT_VERSIONS.CONTRACT_ID.eq(
                app.db.dsl().select(CONTRACTS.ID).from(CONTRACTS).where(CONTRACTS.REF.eq("HUT-ANTH-2025")))));
        assertEquals(404, editor.get("/editor/contracts/NO-SUCH/version").statusCode());
    }

    @Test
    void aSaveRollsBackFromTheImportLogNewestFirst() {
        assertEquals(303, editor.post("/editor/contracts/new", contract("HUT-ROLL-2025")).statusCode());
        long created = newestContractEntry();
        Map<String, String> signed = contract("HUT-ROLL-2025");
        signed.put("status", "signed");
        signed.put("status_date", "2025-12-01");
        assertEquals(303, editor.post("/editor/contracts/HUT-ROLL-2025/version", signed).statusCode());
        long changed = newestContractEntry();

        HttpResponse<String> refused = editor.post("/editor/imports/" + created + "/rollback", Map.of("confirm", "yes"));
        assertEquals(409, refused.statusCode(), "a later version stands on it");
        assertEquals(303, editor.post("/editor/imports/" + changed + "/rollback", Map.of("confirm", "yes")).statusCode());
        List<String> history = Jsoup.parse(app.get("/contracts/HUT-ROLL-2025").body()).select("#history ~ div table tbody tr").eachText();
        assertEquals(1, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("1 (current) Letter of intent"), history.get(0));

        assertEquals(303, editor.post("/editor/imports/" + created + "/rollback", Map.of("confirm", "yes")).statusCode());
        assertEquals(404, app.get("/contracts/HUT-ROLL-2025").statusCode());
        assertEquals(303, editor.post("/editor/contracts/new", contract("HUT-ROLL-2025")).statusCode(), "the reference is free again");
    }

    static long newestContractEntry() {
        return app.db.dsl().select(IMPORTS.ID).from(IMPORTS).where(IMPORTS.KIND.eq("contracts")).orderBy(IMPORTS.ID.desc())
                .limit(1).fetchOne(IMPORTS.ID);
    }

    @Test
    void aContractFileIsRecognisedAndRefusedWithTheWayToEnterIt() {
        String file = String.join(",", ContractCsv.HEADER) + "\nHUT-FILE,HUT,Anthropic,signed,2025-11-20,,,,,,,,,https://example.com/x,,\n";
        HttpResponse<String> r = editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "contracts.csv",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(Jsoup.parse(r.body()).text().contains("contract files are not imported yet"), r.body());
    }

    @Test
    void formsAreForEditorsOnly() {
        assertEquals(303, app.browser().get("/editor/contracts/new").statusCode());
        assertEquals(200, editor.get("/editor/contracts").statusCode());
        assertEquals(1, Jsoup.parse(editor.get("/editor").body()).select("a[href=/editor/contracts]").size(), "the dashboard leads there");
        assertTrue(Jsoup.parse(editor.get("/editor/contracts").body()).select("a[href=/editor/contracts/IREN-MSFT-2025/version]")
                .size() == 1);
    }
}
