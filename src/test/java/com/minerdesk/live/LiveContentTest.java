package com.minerdesk.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.MarketData;
import com.minerdesk.testing.TestDatabases;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Templates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Placeholders evaluated for the reference week over the demo data, through Markdown and the sanitiser. */
class LiveContentTest {
    static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);
    static Database db;
    static LiveContent live;

    @BeforeAll
    static void open() {
        db = TestDatabases.freshH2();
        DemoData.loadIfEmpty(db);
        live = liveOver(db);
    }

    /** Live content over a database, with the templates from the working copy, as the site builds it. */
    static LiveContent liveOver(Database db) {
        return new LiveContent(new WeekFiguresLoader(MarketData.over(db.dsl()), db.contentVersion()),
                new Templates(Path.of("").toAbsolutePath()), new Fmt(ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Document shown(String markdown, LocalDate week) {
        String html = live.render(SavedHtml.of(live, markdown), week);
        assertFalse(html.contains("{{"), html);
        assertFalse(html.contains("%%live"), html);
        return Jsoup.parseBodyFragment(html);
    }

    private static Element figure(Document doc, String text) {
        return doc.select("a.live").stream().filter(a -> a.text().replace('\u00a0', ' ').equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + doc.body().html()));
    }

    @Test
    void companyFiguresRenderAsOnTheDataPagesAndLinkToTheCompany() {
        Document doc = shown("ABTC went from {{ABTC.open}} to {{ABTC.close}}, {{ABTC.change}}; volume {{ABTC.volume}}, "
                + "cap {{ABTC.marketcap}}. APLD: {{APLD.change}}.", REFERENCE);
        assertEquals("/companies/ABTC", figure(doc, "$5.75").attr("href"));
        assertEquals("/companies/ABTC", figure(doc, "$2.23").attr("href"));
        Element change = figure(doc, "−61.22 %");
        assertTrue(change.hasClass("down"));
        assertTrue(change.attr("title").contains("5.75 → 2.23"), change.attr("title"));
        assertEquals("/companies/APLD", figure(doc, "+15.20 %").attr("href"));
        assertEquals(5 + 1, doc.select("a.live").size());
        assertTrue(doc.select("a.live").get(3).text().startsWith("$"), "volume is a compact dollar figure");
    }

    @Test
    void sectorAndEconomicsFiguresLinkToTheirPages() {
        Document doc = shown("Cap {{sector.marketcap}} ({{sector.change}}), {{sector.gainers}} gainers, "
                + "{{sector.decliners}} decliners, volume {{sector.volume}}. BTC {{btc.price}}, hash rate {{network.hashrate}}, "
                + "cash cost {{cost.cash}}, all-in {{cost.allin}}, margins {{margin.cash}} and {{margin.allin}}.", null);
        assertEquals("/weeks/2025-11-28", figure(doc, "$67.89B").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "−1.78 %").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "6").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "28").attr("href"));
        assertEquals("/weeks/2025-11-28", figure(doc, "−25.67 %").attr("href"));
        assertEquals("/economics", figure(doc, "$90,000").attr("href"));
        assertEquals("/economics", figure(doc, "$74,600").attr("href"));
        assertEquals("/economics", figure(doc, "$137,800").attr("href"));
        assertEquals("/economics", figure(doc, "+17.11 %").attr("href"));
        assertEquals("/economics", figure(doc, "−53.11 %").attr("href"));
        assertTrue(figure(doc, "1,012 EH/s").attr("title").contains("hash rate"));
    }

    @Test
    void anEarlierWeekGivesThatWeeksFigures() {
        Document doc = shown("{{sector.marketcap}}", LocalDate.of(2025, 11, 19));
        Element cap = doc.selectFirst("a.live");
        assertNotNull(cap);
        assertEquals("/weeks/2025-11-21", cap.attr("href"));
        assertEquals("$69.12B", cap.text());
    }

    @Test
    void blocksAreInsertedAfterSanitisingWithTablesAndSvg() {
        Document doc = shown("Intro.\n{{movers 3}}\nAfter.\n\n{{table}}\n\n{{chart ABTC}}\n\n{{pivots APLD}}\n", REFERENCE);
        Element movers = doc.selectFirst("figure.live-movers table");
        assertNotNull(movers, doc.body().html());
        List<String> tickers = movers.select("tbody tr th[scope=row]").eachText();
        assertEquals(6, tickers.size());
        assertEquals("APLD", tickers.get(0));
        assertEquals("ABTC", tickers.get(3), "the bottom part starts with the biggest loser");
        assertEquals(34, doc.select("figure.live-table tbody tr").size());
        assertTrue(doc.selectFirst("figure.live-table tfoot").text().contains("$67.89B"));
        Element svg = doc.selectFirst("figure.live-chart svg");
        assertNotNull(svg);
        assertNotNull(svg.selectFirst("path.line"));
        assertTrue(svg.selectFirst("title").text().contains("ABTC daily close"));
        assertTrue(doc.selectFirst("section.live-pivots").text().contains("Corintis"));
        assertEquals("Intro.", doc.selectFirst("p").text(), "the paragraph before a block ends before it");
        assertTrue(doc.select("p").eachText().contains("After."));
        assertTrue(doc.select("p figure, p section").isEmpty(), "no block inside a paragraph");
    }

    @Test
    void placeholdersInsideALinkOrAttributeStayPlainText() {
        Document doc = shown("[ABTC closed at {{ABTC.close}}](https://example.com/x) ![cap {{sector.marketcap}}](https://example.com/i.png)", REFERENCE);
        Element link = doc.selectFirst("a[href=https://example.com/x]");
        assertNotNull(link, doc.body().html());
        assertEquals("ABTC closed at $2.23", link.text());
        assertTrue(link.select("a a").isEmpty());
        assertEquals("cap $67.89B", doc.selectFirst("img").attr("alt"));
    }

    @Test
    void tickerMentionsLinkToTheirCompanyOutsideLinksAndCode() {
        Document doc = shown("ABTC's drop and APLD, not MW or THE; `CORZ` in code; [CORZ](https://example.com).", REFERENCE);
        assertEquals("/companies/ABTC", doc.select("a.mention").get(0).attr("href"));
        assertEquals(List.of("ABTC", "APLD"), doc.select("a.mention").eachText());
        assertEquals(Set.of("ABTC", "APLD", "CORZ", "WULF"), live.mentions("ABTC and APLD; {{WULF.close}}; [CORZ](https://x.test) NOPE"));
    }

    @Test
    void errorsCarryTheLineAndNothingRawIsShown() {
        String md = "Fine {{ABTC.close}}\n{{ABTC.price}}\n\n{{XYZ.close}} and {{movers 3}}\n{{chart NOPE}}\n{{sector.gainers";
        List<PlaceholderError> errors = live.check(md, REFERENCE);
        assertEquals(List.of(2, 4, 4, 5, 6), errors.stream().map(PlaceholderError::line).toList(), errors.toString());
        assertTrue(errors.get(0).message().contains("a company figure is one of close, open, change, volume, shares, marketcap"));
        assertTrue(errors.stream().anyMatch(e -> e.message().equals("unknown ticker XYZ in {{XYZ.close}}")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("must stand on a line of its own")));
        assertTrue(errors.stream().anyMatch(e -> e.message().equals("unknown ticker NOPE in {{chart NOPE}}")));
        Document doc = shown(md, REFERENCE);
        assertTrue(doc.text().contains("n/a"));
        assertTrue(live.check("All good: {{ABTC.change}}\n\n{{movers 2}}", REFERENCE).isEmpty());
    }

    @Test
    void aCompanyWithoutBarsThatWeekIsAnError() {
        List<PlaceholderError> errors = live.check("{{ABTC.close}}", LocalDate.of(2019, 1, 4));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("no market data"), errors.toString());
    }
}
