package com.minerdesk.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.DemoSiteWithEditor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The import preview's week warnings follow the exchange calendar and the not-trading marks. */
class CalendarCoveragePagesTest extends DemoSiteWithEditor {
    static final String BARS = CsvKind.DAILY_BARS.headerLine() + "\n";

    static Document preview(String csv) {
        HttpResponse<String> r = editor.postMultipart("/editor/import", Map.of("mode", "preview"), "file", "upload.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    static String bar(String day, String ticker) {
        return day + "," + ticker + ",2.30,2.50,2.20,2.40,1000000,2000000000\n";
    }

    @Test
    void aMarketHolidayIsNotAMissingDate() {
        // the demo data has every company on Mon-Wed and Fri of Thanksgiving week, and nothing on Thursday
        Document page = preview(BARS + bar("2025-11-28", "ABTC"));
        assertTrue(page.select(".week-warnings li").isEmpty(), page.select(".week-warnings").text());
    }

    @Test
    void aCompanyMarkedAsNotTradingIsNotMissing() {
        Document before = preview(BARS + bar("2025-12-01", "ABTC"));
        String warning = before.select(".week-warnings li").text();
        assertTrue(warning.startsWith("The week ending Fri 5 Dec 2025 would be incomplete: Mon 1 Dec 2025 has bars for 1 of 34"),
                warning);
        assertTrue(warning.contains("Tue 2 Dec 2025, Wed 3 Dec 2025, Thu 4 Dec 2025, Fri 5 Dec 2025 have no bar of any company"
                + " (not imported yet)"), warning);

        HttpResponse<String> marked = editor.post("/editor/trading/marks",
                Map.of("ticker", "CORZ", "from", "2025-12-01", "until", "", "reason", "Halted pending news"));
        assertEquals(303, marked.statusCode(), marked.body());
        Document after = preview(BARS + bar("2025-12-01", "ABTC"));
        assertEquals("2 of 34", after.selectFirst("table.coverage-dates tbody tr").child(1).text());
        assertTrue(!after.selectFirst("table.coverage-dates tbody tr").child(2).text().contains("CORZ"));
    }
}
