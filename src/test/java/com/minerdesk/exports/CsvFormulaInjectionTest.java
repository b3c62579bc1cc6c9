package com.minerdesk.exports;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.testing.TestApp;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run as a formula is exported with a leading apostrophe; numbers stay numbers. */
class CsvFormulaInjectionTest {
    @Test
    void formulaLikeTextIsNeutralisedAndNegativeNumbersAreNot() throws IOException {
        try (TestApp app = TestApp.withDemoData()) {
            app.db.writeVoid(tx -> {
                long id = tx.insertInto(COMPANIES).set(COMPANIES.TICKER, "EVIL")
                        .set(COMPANIES.NAME, "=HYPERLINK(\"http://evil.example\",\"Click\")")
                        .set(COMPANIES.EXCHANGE, "+cmd|' /C calc'!A0").set(COMPANIES.COUNTRY, "@SUM(1+1)")
                        .set(COMPANIES.WEBSITE, "\t=1").returning(COMPANIES.ID).fetchOne(COMPANIES.ID);
                tx.insertInto(PIVOT_EVENTS).set(PIVOT_EVENTS.COMPANY_ID, id).set(PIVOT_EVENTS.EVENT_DATE, LocalDate.of(2025, 11, 20))
                        .set(PIVOT_EVENTS.COUNTERPARTY, "-2+3").set(PIVOT_EVENTS.KIND, "other")
                        .set(PIVOT_EVENTS.SUMMARY, "\r=1").set(PIVOT_EVENTS.SOURCE_NAME, "=2")
                        .set(PIVOT_EVENTS.SOURCE_URL, "https://example.com/x").execute();
            });
            CSVRecord evil = rows(app, "/companies.csv").stream().filter(r -> r.get("ticker").equals("EVIL")).findFirst().orElseThrow();
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"Click\")", evil.get("name"));
            assertEquals("'+cmd|' /C calc'!A0", evil.get("exchange"));
            assertEquals("'@SUM(1+1)", evil.get("country"));
            assertEquals("'\t=1", evil.get("website"));
            CSVRecord abtc = rows(app, "/companies.csv").stream().filter(r -> r.get("ticker").equals("ABTC")).findFirst().orElseThrow();
            assertEquals("-61.22", abtc.get("change_pct"), "a negative number is data");

            CSVRecord pivot = rows(app, "/pivots.csv").stream().filter(r -> r.get("ticker").equals("EVIL")).findFirst().orElseThrow();
            assertEquals("'-2+3", pivot.get("counterparty"));
            assertEquals("'\r=1", pivot.get("summary"));
            assertEquals("'=2", pivot.get("source_name"));
            assertEquals("-0.61", CsvDownload.cell("-0.61"));
        }
    }

    private static List<CSVRecord> rows(TestApp app, String path) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(app.get(path).body())).getRecords();
    }
}
