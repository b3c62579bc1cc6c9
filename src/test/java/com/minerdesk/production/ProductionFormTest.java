package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.FILINGS;
import static com.minerdesk.db.generated.Tables.MONTHLY_REPORTS;
import static com.minerdesk.db.generated.Tables.SEC_REGISTRANTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.quality.NuHtmlChecker;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's form for one company-month: pre-filled, refused inline with 422, saved as a new version. */
class ProductionFormTest {
    static TestApp app;
    static Browser editor;

    @BeforeAll
    static void start() {
        app = TestApp.empty();
        ProductionFixture.load(app.db);
        editor = app.editor();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Map<String, String> form(String produced, String efficiency, String source) {
        Map<String, String> f = new HashMap<>();
        ProductionCsv.HEADER.forEach(h -> f.put(h, ""));
        f.putAll(Map.of("ticker", "CLSK", "month", "2025-09", "btc_produced", produced, "btc_held", "12500",
                "installed_ehs", "45", "operating_ehs", "41", "efficiency_jth", efficiency, "source_url", source,
                "published", "2025-10-03"));
        return f;
    }

    @Test
    void theFormIsForEditorsAndPreFillsFromAFilingAndFromTheStoredMonth() {
        assertEquals(303, app.get("/editor/production/new").statusCode(), "a visitor is sent to sign in");
        Document page = Jsoup.parse(editor.get("/editor/production/new?ticker=MARA&month=2025-10"
                + "&source_url=https://www.sec.gov/Archives/x.htm&accession=0001507605-25-000123&published=2025-11-04").body());
        assertEquals("https://www.sec.gov/Archives/x.htm", page.getElementById("source_url").val());
        assertEquals("0001507605-25-000123", page.getElementById("accession").val());
        assertEquals("704.475", page.getElementById("btc_produced").val(), "the stored month fills the figures");
        assertEquals("MARA", page.select("#ticker option[selected]").val());
        assertEquals(List.of(), new NuHtmlChecker().errors(page.outerHtml()));
    }

    @Test
    void eachCurrentReportOfTheCalendarLinksToThePreFilledForm() {
        app.db.writeVoid(tx -> {
            long mara = tx.select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("MARA")).fetchOne(COMPANIES.ID);
            tx.insertInto(SEC_REGISTRANTS).set(SEC_REGISTRANTS.COMPANY_ID, mara).set(SEC_REGISTRANTS.CIK, 1507605L)
                    .set(SEC_REGISTRANTS.SEC_NAME, "MARA Holdings").set(SEC_REGISTRANTS.CHECKED_AT, ProductionFixture.AT).execute();
            tx.insertInto(FILINGS).set(FILINGS.COMPANY_ID, mara).set(FILINGS.ACCESSION, "0001507605-25-000099")
                    .set(FILINGS.FORM, "8-K").set(FILINGS.FILING_DATE, java.time.LocalDate.of(2025, 11, 4))
                    .set(FILINGS.PRIMARY_DOCUMENT, "mara-8k.htm").set(FILINGS.ITEMS, "7.01,9.01")
                    .set(FILINGS.FETCHED_AT, ProductionFixture.AT).execute();
        });
        Document page = Jsoup.parse(editor.get("/editor/production/new").body());
        var link = page.select("a:contains(Enter monthly figures)").first();
        assertTrue(link != null, page.select(".filing-links").outerHtml());
        String href = link.attr("href");
        assertTrue(href.contains("ticker=MARA") && href.contains("accession=0001507605-25-000099")
                && href.contains("published=2025-11-04") && href.contains("month=2025-10") && href.contains("source_url="), href);
        Document filled = Jsoup.parse(editor.get(href).body());
        assertEquals("0001507605-25-000099", filled.getElementById("accession").val());
        assertTrue(filled.getElementById("source_url").val().endsWith("mara-8k.htm"), filled.getElementById("source_url").val());
        assertTrue(!app.get("/filings").body().contains("Enter monthly figures"), "no editor link on the public calendar");
    }

    @Test
    void wrongFiguresAreRefusedInlineAndNothingIsSaved() {
        int before = app.db.dsl().fetchCount(MONTHLY_REPORTS);
        HttpResponse<String> r = editor.post("/editor/production/new", form("-3", "250", "ftp://example.com/x"));
        assertEquals(422, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals("true", page.getElementById("btc_produced").attr("aria-invalid"));
        assertTrue(page.text().contains("must not be negative"), page.text());
        assertTrue(page.text().contains("outside 5–200 J/TH"));
        assertTrue(page.text().contains("is not a web address"));
        assertEquals("-3", page.getElementById("btc_produced").val(), "the values are kept");
        assertEquals(before, app.db.dsl().fetchCount(MONTHLY_REPORTS));
    }

    @Test
    void aSaveIsANewVersionShownOnThePublicPage() {
        HttpResponse<String> r = editor.post("/editor/production/new", form("555", "18.5", "https://investors.cleanspark.com/sep"));
        assertEquals(303, r.statusCode(), r.body());
        String csv = app.get("/companies/CLSK/production.csv").body();
        assertTrue(csv.contains("2025-09,CLSK,555.00,12500.00,,45.00,41.00,,18.50,,,,https://investors.cleanspark.com/sep,,2025-10-03"), csv);
        Map<String, String> edit = form("560", "18.5", "https://investors.cleanspark.com/sep-restated");
        assertEquals(303, editor.post("/editor/production/new", edit).statusCode());
        String row = ProductionPagesTest.row(app.get("/production/2025-09").body(), "CLSK");
        assertTrue(row.startsWith("CLSK 560.00 restated from 555.00 BTC on 3 Oct"), row);
        assertTrue(editor.get("/editor/imports").body().contains("monthly reports form"));
    }
}
