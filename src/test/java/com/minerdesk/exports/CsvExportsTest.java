package com.minerdesk.exports;

import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsvExportsTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Downloads a CSV and checks the download headers; returns its records, header first. */
    static List<CSVRecord> csv(String path, String fileName) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"" + fileName + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(r.body())).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CSVRecord row(List<CSVRecord> records, int column, String value) {
        return records.stream().filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + value));
    }

    @Test
    void weekCsvHasOneRowPerCompanyWithTheComputedChange() {
        List<CSVRecord> rows = csv("/weeks/2025-11-28.csv", "minerdesk-week-2025-11-28.csv");
        assertEquals(List.of("week_end", "ticker", "open", "previous_close", "close", "change_pct", "shares_traded",
                "dollar_volume", "market_cap", "market_cap_source"), rows.get(0).toList());
        assertEquals(35, rows.size());
        CSVRecord abtc = row(rows, 1, "ABTC");
        // the change is the close over the previous week's close (5.75 on Fri 21 Nov)
        assertEquals(List.of("2025-11-28", "ABTC", "5.75", "5.75", "2.23", "-61.22"), abtc.toList().subList(0, 6));
        assertEquals("15.20", row(rows, 1, "APLD").get(5));
        assertEquals("1.30", row(rows, 1, "CORZ").get(5));
        assertEquals("imported", abtc.get(9));
        long shares = Long.parseLong(abtc.get(6));
        assertTrue(shares > 0);
        assertTrue(new BigDecimal(abtc.get(7)).compareTo(new BigDecimal("2.23").multiply(BigDecimal.valueOf(shares))) > 0,
                "dollar volume sums each day's close × shares, and ABTC closed above 2.23 earlier in the week");
    }

    @Test
    void weekCsvAndWeekPageAreDifferentRoutes() {
        HttpResponse<String> page = app.get("/weeks/2025-11-28");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> midweek = app.get("/weeks/2025-11-26.csv");
        assertEquals(301, midweek.statusCode());
        assertEquals("/weeks/2025-11-28.csv", midweek.headers().firstValue("Location").orElse(""));
        assertEquals(404, app.get("/weeks/2019-01-04.csv").statusCode());
        assertEquals(400, app.get("/weeks/2025-13-45.csv").statusCode());
    }

    @Test
    void companyCsvHasAllDailyBarsInTheImportFormat() {
        List<CSVRecord> rows = csv("/companies/ABTC.csv", "minerdesk-ABTC-daily.csv");
        assertEquals(CsvKind.DAILY_BARS.header(), rows.get(0).toList());
        assertEquals(1 + 59, rows.size(), "12 weeks of five days, less Thanksgiving");
        assertEquals("2025-11-24", rows.get(rows.size() - 4).get(0));
        CSVRecord last = rows.get(rows.size() - 1);
        assertEquals(List.of("2025-11-28", "ABTC"), last.toList().subList(0, 2));
        assertEquals("2.23", last.get(5));
        assertEquals(301, app.get("/companies/abtc.csv").statusCode());
        assertEquals(404, app.get("/companies/NOPE.csv").statusCode());
    }

    @Test
    void economicsCsvHasTheDailyMetricsInTheImportFormat() {
        List<CSVRecord> rows = csv("/economics.csv", "minerdesk-sector-metrics.csv");
        assertEquals(CsvKind.SECTOR_METRICS.header(), rows.get(0).toList());
        assertEquals(List.of("2025-11-28", "90000.00", "1012.00", "74600.00", "137800.00"), rows.get(rows.size() - 1).toList());
    }

    @Test
    void pivotsCsvNamesEachEventsSource() {
        List<CSVRecord> rows = csv("/pivots.csv", "minerdesk-pivots.csv");
        assertEquals("source_url", rows.get(0).get(9));
        CSVRecord corintis = row(rows, 3, "Corintis");
        assertEquals("APLD", corintis.get(2));
        assertEquals("investment", corintis.get(4));
        // the demo's events are samples: each names where it comes from and links to no page that is not its source
        assertTrue(corintis.get(8).contains("no source linked"), corintis.get(8));
        assertTrue(rows.stream().skip(1).allMatch(r -> !r.get(8).isBlank() && r.get(9).isBlank()));
    }

    @Test
    void everyTablePageLinksItsCsv() {
        for (String page : List.of("/weeks", "/weeks/2025-11-28", "/companies", "/companies/ABTC", "/pivots", "/economics")) {
            HttpResponse<String> r = app.get(page);
            assertEquals(200, r.statusCode(), page);
            Element link = Jsoup.parse(r.body()).select("a[href$=.csv]").first();
            assertTrue(link != null, page + " has no CSV link");
            HttpResponse<String> download = app.get(link.attr("href"));
            assertEquals(200, download.statusCode(), page + " links " + link.attr("href"));
            assertEquals("text/csv; charset=utf-8", download.headers().firstValue("Content-Type").orElse(""));
        }
        List<CSVRecord> companies = csv("/companies.csv", "minerdesk-companies.csv");
        assertEquals(35, companies.size());
        assertEquals("-61.22", row(companies, 0, "ABTC").get(8));
        List<CSVRecord> weeks = csv("/weeks.csv", "minerdesk-weeks.csv");
        CSVRecord reference = row(weeks, 0, "2025-11-28");
        assertEquals(List.of("week_end", "first_day", "trading_days", "companies", "companies_compared", "cap_start_compared",
                "cap_end_compared", "cap_end", "cap_change_pct", "gainers", "decliners"), weeks.get(0).toList());
        assertEquals(List.of("34", "34", "69120000000", "67890000000", "67890000000", "-1.78", "6", "28"),
                reference.toList().subList(3, 11));
    }
}
