package com.minerdesk.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a CSV file's text is read: line numbers, quoting, BOM and line ends, and very wrong files. */
class CsvImportParserTest {
    static final CsvImportParser PARSER = new CsvImportParser(Set.of("ABTC", "APLD"));

    static ParsedFile parse(String text) {
        return PARSER.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lineNumbersCountPhysicalLinesThroughBlankLinesAndQuotedLineBreaks() {
        ParsedFile f = parse("\uFEFFdate,btc_price,hashrate_ehs,cash_cost_per_btc,allin_cost_per_btc\r\n"
                + "\r\n"
                + "2025-11-24,\"88250\",1004,74600,137800\r\n"
                + "\"2025-11-25\r\n\",87600,1006,74600,137800\r\n"
                + "2025-11-26,-1,1008,74600,137800\r");
        assertEquals(CsvKind.SECTOR_METRICS, f.kind());
        assertEquals(3, f.dataLines());
        assertEquals(List.of(3), f.metrics().stream().map(MetricRow::line).toList());
        List<String> places = f.errors().listed().stream().map(ImportProblem::place).toList();
        assertEquals(List.of("line 4, column 1 (date)", "line 6, column 2 (btc_price)"), places);
    }

    @Test
    void tickersAreMatchedInAnyCaseAndQuotedValuesMayHoldCommas() {
        ParsedFile f = parse(CsvKind.DAILY_BARS.headerLine() + "\n"
                + "2025-12-01,\"abtc\",2.30,2.50,2.20,2.40,\"1000000\",2000000000\n"
                + "2025-12-01,\"APLD, Inc.\",2.30,2.50,2.20,2.40,1000000,2000000000\n");
        assertEquals("ABTC", f.bars().get(0).ticker());
        assertEquals("unknown ticker APLD, INC.: create the company first", f.errors().listed().get(0).message());
        assertEquals(Set.of("APLD, INC."), f.unknownTickers());
    }

    @Test
    void aFileWrongOnEveryLineCountsEveryErrorAndKeepsTheFirstThousand() {
        StringBuilder csv = new StringBuilder(CsvKind.DAILY_BARS.headerLine()).append('\n');
        for (int i = 0; i < 5_000; i++) {
            csv.append("2025-12-01,NOPE,1,1,1,1,1,1\n");
        }
        ParsedFile f = parse(csv.toString());
        assertEquals(5_000 + 4_999, f.errors().count(), "an unknown ticker on each line, a duplicate on all but the first");
        assertEquals(Problems.KEPT, f.errors().listed().size());
        assertEquals(2, f.errors().listed().get(0).line());
    }

    @Test
    void headerOnlyAndUnknownHeadersAreErrorsAndBinaryIsNotCsv() {
        assertEquals("the file has a header but no data lines",
                parse(CsvKind.DAILY_BARS.headerLine() + "\r\n").errors().listed().get(0).message());
        ParsedFile other = parse("Date,Ticker,Open\n2025-12-01,ABTC,2.30\n");
        assertNull(other.kind());
        assertTrue(other.errors().listed().get(0).message().contains("found 'Date,Ticker,Open'"));
        UnreadableFileException latin1 = assertThrows(UnreadableFileException.class,
                () -> PARSER.parse(new byte[] {'d', 'a', 't', 'e', (byte) 0xE9, '\n'}));
        assertTrue(latin1.getMessage().contains("not UTF-8"));
        assertThrows(UnreadableFileException.class, () -> parse("\uFEFF \r\n"));
    }
}
