package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.charts.ChartWidth;
import com.minerdesk.charts.Frame;
import com.minerdesk.charts.ResponsiveChart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MarketChartsTest {
    static final LocalDate WEEK_END = LocalDate.of(2025, 11, 28);

    static CompanyWeek row(String ticker, String change) {
        return new CompanyWeek(ticker, ticker + " Inc.", AiHpcStatus.NONE, WEEK_END, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN, new BigDecimal(change), BigDecimal.ONE, BigDecimal.TEN, 1L, true, 1L, 1);
    }

    static SectorWeek sector(String capChange) {
        return new SectorWeek(WEEK_END, WEEK_END.minusDays(4), 4, 4, 4, 4, 0, 69_120_000_000L, 67_890_000_000L,
                67_890_000_000L, capChange == null ? null : new BigDecimal(capChange), 2, 2, 0, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
    }

    static List<WeekSummary> weeks(int n) {
        List<WeekSummary> weeks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate end = WEEK_END.minusWeeks(n - 1L - i);
            weeks.add(new WeekSummary(end, end.minusDays(4), 5, 34, 0, null, null, 70_000_000_000L - i * 500_000_000L, null,
                    i == n - 1 ? 6 : 20 - i, i == n - 1 ? 28 : 14 + i));
        }
        return weeks;
    }

    static List<DailyBar> bars(LocalDate monday, int weeks) {
        List<DailyBar> bars = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 5; d++) {
                BigDecimal close = BigDecimal.valueOf(20 + w * 2 + d * 0.25);
                bars.add(new DailyBar(monday.plusWeeks(w).plusDays(d), close, close, close, close, 1, 1L));
            }
        }
        return bars;
    }

    static PivotEvent event(long id, LocalDate date, String counterparty) {
        return new PivotEvent(id, "APLD", "Applied Digital", date, "day", counterparty, "lease", 5_000_000_000L, null,
                "summary", "source", "https://example.org/");
    }

    static List<EconomicsWeek> economics(int n) {
        List<EconomicsWeek> weeks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate end = WEEK_END.minusWeeks(n - 1L - i);
            weeks.add(new EconomicsWeek(end, end, BigDecimal.valueOf(95_000), BigDecimal.valueOf(110_000 - i * 2_000),
                    BigDecimal.valueOf(930 + i * 7), BigDecimal.valueOf(72_000 + i * 200), BigDecimal.valueOf(133_000 + i * 400),
                    new BigDecimal("0.17"), new BigDecimal("-0.53")));
        }
        return weeks;
    }

    @Test
    void weekChangesDrawOneBarPerCompanyHighestFirstWithSignedValuesAndHatchedDeclines() {
        String svg = MarketCharts.weekChanges("chart-week", List.of(row("ABTC", "-0.6122"), row("CORZ", "0.013"),
                row("APLD", "0.152"), row("MARA", "-0.0642")), sector("-0.0178"), ChartWidth.WIDE);
        SvgDoc doc = SvgDoc.parse(svg).assertAccessibleAndSelfContained();

        assertEquals(List.of("APLD", "CORZ", "MARA", "ABTC"), doc.texts("category"));
        assertEquals(List.of("+15.20\u00a0%", "+1.30\u00a0%", "\u22126.42\u00a0%", "\u221261.22\u00a0%"), doc.texts("value"));
        Element pattern = doc.byId("chart-week-hatch");
        assertEquals("pattern", pattern.getLocalName());
        List<Element> down = doc.all("g").stream().filter(g -> g.getAttribute("class").equals("bars")).findFirst()
                .map(g -> doc.withClass("rect", "bar", "down").stream().filter(r -> r.getParentNode() == g).toList())
                .orElseThrow();
        assertEquals(2, down.size());
        down.forEach(r -> assertEquals("url(#chart-week-hatch)", r.getAttribute("fill")));
        assertEquals(1, doc.outsideLegend(doc.withClass("line", "reference")).size(), "the sector's change is marked");
        String legend = doc.allText();
        assertTrue(legend.contains("Rose") && legend.contains("Fell (hatched)") && legend.contains("Sector \u22121.78\u00a0%"), legend);
        assertTrue(doc.desc().contains("APLD +15.20\u00a0%") && doc.desc().contains("ABTC \u221261.22\u00a0%")
                && doc.desc().contains("\u22121.78\u00a0%"), doc.desc());
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        SvgDoc doc = SvgDoc.parse(MarketCharts.weekChanges("chart-week", List.of(row("APLD", "0.15"), row("ABTC", "-0.60")),
                sector(null), ChartWidth.WIDE));
        List<Element> bars = doc.all("rect").stream()
                .filter(r -> r.getAttribute("class").startsWith("bar") && r.getParentNode() instanceof Element g
                        && g.getAttribute("class").equals("bars"))
                .toList();
        assertEquals(2, bars.size());
        double up = SvgDoc.num(bars.get(0), "width");
        double down = SvgDoc.num(bars.get(1), "width");
        assertEquals(4.0, down / up, 0.05);
        assertTrue(doc.withClass("line", "reference").isEmpty(), "no sector line without a previous week");
    }

    @Test
    void companyPriceLineMarksWeekBoundariesAndOnlyTheEventsInItsPeriod() {
        LocalDate monday = LocalDate.of(2025, 11, 10);
        List<DailyBar> bars = bars(monday, 3);
        Company apld = new Company(1, "APLD", "Applied Digital <Corp> & Co", "Nasdaq", null, null, null, AiHpcStatus.OPERATING);
        String svg = MarketCharts.companyPriceLine("chart-price-apld", apld, bars, List.of(
                event(1, LocalDate.of(2025, 11, 19), "Corintis"),
                event(2, LocalDate.of(2025, 6, 2), "CoreWeave")), ChartWidth.WIDE);
        SvgDoc doc = SvgDoc.parse(svg).assertAccessibleAndSelfContained();

        assertEquals(2, doc.outsideLegend(doc.withClass("line", "boundary")).size(), "two lines between three weeks");
        assertEquals(1, doc.withClass("line", "event-line").size());
        assertTrue(doc.allText().contains("Lease \u00b7 Corintis"), doc.allText());
        assertFalse(doc.allText().contains("CoreWeave"), "an event before the period is not drawn");
        Element line = doc.withClass("path", "line", "series-1").get(0);
        assertEquals(14, line.getAttribute("d").chars().filter(c -> c == 'L').count(), "15 closes, one line");
        assertTrue(doc.texts("end-label").get(0).startsWith("APLD $"), doc.texts("end-label").toString());
        assertTrue(doc.desc().contains("Applied Digital <Corp> & Co") && doc.desc().contains("Corintis"), doc.desc());
        assertTrue(svg.contains("Applied Digital &lt;Corp&gt; &amp; Co"), "text is escaped");
        assertEquals(List.of("14 Nov", "21 Nov", "28 Nov"), doc.texts("tick").stream().filter(t -> t.contains("Nov")).toList());
    }

    @Test
    void gainersAndDeclinersHangAboveAndBelowTheZeroLineWithTheirCounts() {
        SvgDoc doc = SvgDoc.parse(MarketCharts.gainersDecliners("chart-breadth", weeks(12), ChartWidth.WIDE))
                .assertAccessibleAndSelfContained();
        double zero = SvgDoc.num(doc.withClass("line", "zero").get(0), "y1");
        List<Element> up = doc.withClass("rect", "bar", "up").stream().filter(r -> !r.getParentNode().equals(doc.root)
                && ((Element) r.getParentNode()).getAttribute("class").equals("bars")).toList();
        List<Element> down = doc.withClass("rect", "bar", "down").stream().filter(r -> !r.getParentNode().equals(doc.root)
                && ((Element) r.getParentNode()).getAttribute("class").equals("bars")).toList();
        assertEquals(12, up.size());
        assertEquals(12, down.size());
        up.forEach(r -> assertEquals(zero, SvgDoc.num(r, "y") + SvgDoc.num(r, "height"), 0.2));
        down.forEach(r -> assertEquals(zero, SvgDoc.num(r, "y"), 0.2));
        assertTrue(doc.texts("value").containsAll(List.of("6", "28")));
        assertTrue(doc.desc().contains("6 rose and 28 fell"), doc.desc());
        assertTrue(doc.allText().contains("Decliners (below, hatched)"));
    }

    @Test
    void btcAgainstCostDrawsThreeLinesThatDifferBeyondColour() {
        SvgDoc doc = SvgDoc.parse(MarketCharts.btcVsCost("chart-cost", economics(12), ChartWidth.WIDE))
                .assertAccessibleAndSelfContained();
        List<Element> lines = doc.all("path").stream().filter(p -> p.getAttribute("class").startsWith("line ")).toList();
        assertEquals(3, lines.size());
        assertEquals(3, lines.stream().map(p -> p.getAttribute("stroke-dasharray")).distinct().count());
        assertEquals(List.of("BTC price", "All-in cost per BTC", "Cash cost per BTC"),
                elements(doc.withClass("g", "legend").get(0)).stream().map(Element::getTextContent).toList());
        assertTrue(doc.texts("end-label").containsAll(List.of("BTC $88,000", "All-in $137,400", "Cash $74,200")),
                doc.texts("end-label").toString());
        assertTrue(doc.desc().contains("margin \u221253.00\u00a0%"), doc.desc());
    }

    @Test
    void axisLabelsOfAWeeklyChartDoNotOverlap() {
        SvgDoc doc = SvgDoc.parse(MarketCharts.hashrate("chart-hash", economics(52), ChartWidth.NARROW));
        List<Element> xTicks = elements(doc.withClass("g", "x-axis").get(0));
        assertTrue(xTicks.size() >= 2 && xTicks.size() < 52, "thinned: " + xTicks.size());
        for (int i = 1; i < xTicks.size(); i++) {
            double gap = Math.abs(SvgDoc.num(xTicks.get(i), "x") - SvgDoc.num(xTicks.get(i - 1), "x"));
            assertTrue(gap >= Frame.textWidth(xTicks.get(i).getTextContent()), "labels overlap: gap " + gap);
        }
        assertEquals("360", doc.root.getAttribute("width"));
        assertEquals("chart-hash", doc.root.getAttribute("id"), "the caller names the narrow copy");
    }

    @Test
    void responsiveChartDrawsBothLayoutsUnderTheirOwnIds() {
        ResponsiveChart chart = ResponsiveChart.of("chart-cap", (id, w) -> MarketCharts.sectorCap(id, weeks(12), w));
        SvgDoc wide = SvgDoc.parse(chart.wide()).assertAccessibleAndSelfContained();
        SvgDoc narrow = SvgDoc.parse(chart.narrow()).assertAccessibleAndSelfContained();
        assertEquals("chart-cap", wide.root.getAttribute("id"));
        assertEquals("chart-cap-narrow", narrow.root.getAttribute("id"));
        assertEquals("640", wide.root.getAttribute("width"));
        assertEquals("360", narrow.root.getAttribute("width"));
        assertEquals(wide.desc(), narrow.desc());
    }

    @Test
    void aChartWithoutDataOrWithABadIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MarketCharts.sectorCap("chart", List.of(), ChartWidth.WIDE));
        assertThrows(IllegalArgumentException.class, () -> MarketCharts.sectorCap("Chart \"x\"", weeks(2), ChartWidth.WIDE));
    }

    private static List<Element> elements(Element parent) {
        List<Element> list = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(SvgDoc.SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
