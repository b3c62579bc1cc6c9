package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference week's figures under the site's definitions (a company's change is its Friday close
 * over the previous Friday's close; the sector's is like with like) on every page that shows them,
 * each page saying which definition it uses.
 */
class DefinitionsPagesTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String body(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static Element row(Document doc, String ticker) {
        return doc.select("table.data tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(ticker))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + ticker));
    }

    private static void saysTheDefinitions(Document doc, String path) {
        Element note = doc.selectFirst("p.definitions");
        assertNotNull(note, path + " says how its figures are computed");
        assertTrue(note.text().contains("this week's last close over the previous market week's last close"), note.text());
        assertTrue(note.text().contains("like with like"), note.text());
        assertTrue(note.text().contains("close × shares traded"), note.text());
        assertTrue(note.text().contains("close × the shares outstanding"), note.text());
    }

    @Test
    void weekPageShowsTheReferenceFiguresWithTheirDefinitions() {
        Document doc = Jsoup.parse(body("/weeks/2025-11-28"));
        assertEquals("−61.22 %", row(doc, "ABTC").select("td").get(3).text().replace("▼ ", ""));
        assertEquals("$2.23", row(doc, "ABTC").select("td").get(2).text());
        assertEquals("▲ +15.20 %", row(doc, "APLD").select("td").get(3).text());
        assertEquals("▲ +1.30 %", row(doc, "CORZ").select("td").get(3).text());
        String cards = doc.selectFirst("section.cards").text();
        assertTrue(cards.contains("$67.89B from $69.12B at the previous week's close: ▼ −1.78 % (−$1.23B)"), cards);
        assertTrue(cards.contains("like with like: 34 companies with a close in both weeks"), cards);
        assertTrue(cards.contains("6 / 28"), cards);
        assertTrue(cards.contains("Daily sector dollar volume $307.35M from $413.50M on 24 Nov: ▼ −25.67 %"), cards);
        Element change = doc.select("table.data thead th").stream().filter(th -> th.text().startsWith("Change")).findFirst().orElseThrow();
        assertEquals("Last close over the previous market week's last close", change.attr("title"));
        Element dollars = doc.select("table.data thead th").stream().filter(th -> th.text().startsWith("Dollar volume")).findFirst().orElseThrow();
        assertTrue(dollars.attr("title").contains("close × shares traded"), dollars.attr("title"));
        assertTrue(row(doc, "ABTC").select("td").get(4).text().matches("[0-9.]+M"), "shares traded, no currency");
        assertTrue(row(doc, "ABTC").select("td").get(5).text().startsWith("$"), "dollar volume");
        saysTheDefinitions(doc, "/weeks/2025-11-28");
    }

    @Test
    void companyPageHomeAndCompaniesSayTheSame() {
        Document company = Jsoup.parse(body("/companies/ABTC"));
        String facts = company.selectFirst("dl.facts").text();
        assertTrue(facts.contains("$5.75 → $2.23 ▼ −61.22 % (close over the previous week's close)"), facts);
        assertTrue(facts.contains("(imported with the daily bars)"), facts);
        saysTheDefinitions(company, "/companies/ABTC");
        Element latest = company.select("#weekly ~ div table tbody tr").first();
        assertNotNull(latest);
        assertTrue(latest.text().contains("−61.22 %"), latest.text());

        Document home = Jsoup.parse(body("/"));
        String cards = home.selectFirst("section.cards").text();
        assertTrue(cards.contains("$67.89B from $69.12B at the previous week's close: ▼ −1.78 %"), cards);
        assertTrue(cards.contains("over 34 companies with a close in both weeks"), cards);
        assertTrue(home.select("#bottom-movers + table tbody tr").first().text().contains("ABTC $2.23 ▼ −61.22 %"),
                home.select("#bottom-movers + table").text());
        saysTheDefinitions(home, "/");

        Document companies = Jsoup.parse(body("/companies"));
        assertEquals("▲ +15.20 %", row(companies, "APLD").select("td").get(2).text());
        saysTheDefinitions(companies, "/companies");
    }

    @Test
    void theFirstWeekHasNoChangeShownAsADash() {
        Document doc = Jsoup.parse(body("/weeks/2025-09-12"));
        assertEquals("—", row(doc, "ABTC").select("td").get(3).text(), "no bar in the previous week");
        assertNotNull(doc.selectFirst("p.empty"), "no change chart, said in words");
        assertTrue(doc.selectFirst("section.cards").text().contains("0 / 0"));
    }

    @Test
    void weekFeedUsesTheSameDefinitions() {
        String rss = body("/weeks/feed.xml");
        assertTrue(rss.contains("−1.78\u00a0% (−$1.23B) from the previous week"), "the sector change names its base");
        assertTrue(rss.contains("close over the 34 companies with a close in both weeks"), "like with like");
        assertTrue(rss.contains("Previous close"), "the movers table shows the change's base");
        assertTrue(rss.contains("−61.22\u00a0%"), "ABTC among the decliners");
        assertTrue(rss.contains("last close over the previous week"), "the movers' change is defined");
    }
}
