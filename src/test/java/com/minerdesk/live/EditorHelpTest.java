package com.minerdesk.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.DemoSiteWithEditor;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EditorHelpTest extends DemoSiteWithEditor {
    private static String outputOf(Document doc, String typed) {
        Element row = doc.select("tr").stream().filter(tr -> tr.selectFirst("th code") != null
                && tr.selectFirst("th code").text().equals(typed)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + typed));
        return row.selectFirst("td.live-output").text();
    }

    @Test
    void helpDocumentsEveryPlaceholderWithItsLiveOutputForTheReferenceWeek() {
        HttpResponse<String> r = editor.get("/editor/help");
        assertEquals(200, r.statusCode());
        Document doc = Jsoup.parse(r.body());
        assertEquals("$5.75", outputOf(doc, "{{ABTC.open}}"));
        assertEquals("$2.23", outputOf(doc, "{{ABTC.close}}"));
        assertEquals("−61.22 %", outputOf(doc, "{{ABTC.change}}"));
        assertEquals("$67.89B", outputOf(doc, "{{sector.marketcap}}"));
        assertEquals("−1.78 %", outputOf(doc, "{{sector.change}}"));
        assertEquals("6", outputOf(doc, "{{sector.gainers}}"));
        assertEquals("28", outputOf(doc, "{{sector.decliners}}"));
        assertEquals("−25.67 %", outputOf(doc, "{{sector.volume}}"));
        assertEquals("$90,000", outputOf(doc, "{{btc.price}}"));
        assertEquals("$74,600", outputOf(doc, "{{cost.cash}}"));
        assertEquals("$137,800", outputOf(doc, "{{cost.allin}}"));
        assertEquals("+17.11 %", outputOf(doc, "{{margin.cash}}"));
        assertEquals("−53.11 %", outputOf(doc, "{{margin.allin}}"));
        assertTrue(outputOf(doc, "{{ABTC.shares}}").matches("[0-9.]+[KMB]"), outputOf(doc, "{{ABTC.shares}}"));
        assertTrue(outputOf(doc, "{{ABTC.volume}}").matches("\\$[0-9.]+[KMB]"), outputOf(doc, "{{ABTC.volume}}"));
        assertEquals(19, doc.select("td.live-output").size(), "with {{T.shares}}, {{network.hashprice}} and {{network.hashvalue}}");
        assertNotNull(doc.selectFirst(".live-help-block figure.live-movers table"));
        assertNotNull(doc.selectFirst(".live-help-block figure.live-chart svg path.line"));
        assertNotNull(doc.selectFirst(".live-help-block figure.live-table table"));
        assertTrue(doc.selectFirst(".live-help-block section.live-pivots").text().contains("Corintis"));
        assertTrue(doc.select("p.live-output a.mention").eachText().contains("ABTC"));
    }

    @Test
    void anotherWeekAndBadInput() {
        Document doc = Jsoup.parse(editor.get("/editor/help?week=2025-11-19").body());
        assertEquals("$69.12B", outputOf(doc, "{{sector.marketcap}}"));
        assertEquals(400, editor.get("/editor/help?week=yesterday").statusCode());
        Document none = Jsoup.parse(editor.get("/editor/help?week=2019-01-04").body());
        assertTrue(none.text().contains("There is no market data for the week of 4 Jan 2019"), none.text());
    }

    @Test
    void helpIsForSignedInEditorsOnly() {
        HttpResponse<String> r = app.get("/editor/help");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/login"));
    }
}
