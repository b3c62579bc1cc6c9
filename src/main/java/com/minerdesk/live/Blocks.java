package com.minerdesk.live;

import com.minerdesk.charts.ChartWidth;
import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.market.MarketCharts;
import com.minerdesk.market.Company;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.Movers;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.market.SortLink;
import com.minerdesk.market.WeekSort;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Html;
import com.minerdesk.web.Templates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the blocks (movers, the miner table, a price chart, pivot events) as trusted HTML from
 * templates in {@code templates/live/}; the miner table is the data page's own, the chart the
 * company page's ({@link MarketCharts#companyPriceLine}). Movers and the table reuse the week's loaded
 * table; a chart costs two queries (bars and pivot events), a pivot list one, and a write-up has at
 * most {@link #MAX_DATA_BLOCKS} of them.
 */
final class Blocks {
    static final int MAX_DATA_BLOCKS = 12;
    static final int CHART_WEEKS_BEFORE = 8;
    private final Templates templates;
    private final Fmt fmt;
    private final MarketData market;

    Blocks(Templates templates, Fmt fmt, MarketData market) {
        this.templates = templates;
        this.fmt = fmt;
        this.market = market;
    }

    String render(Placeholder.Block block, WeekFigures data, boolean bothLayouts) {
        if (!data.hasWeek()) {
            return missing("There is no market data for this week.");
        }
        return switch (block.kind()) {
            case MOVERS -> movers(block.count(), data);
            case TABLE -> template("live/table", Map.of("rows", data.table(), "sector", data.sector(),
                    "columns", SortLink.columns(data.weekEnd(), WeekSort.CHANGE, false)));
            case CHART -> chart(block.argument(), data, bothLayouts);
            case PIVOTS -> pivots(block.argument(), data);
        };
    }

    private String movers(int n, WeekFigures data) {
        return template("live/movers", Map.of("weekEnd", data.weekEnd(), "movers", Movers.of(data.table(), n)));
    }

    private String chart(String ticker, WeekFigures data, boolean bothLayouts) {
        Company company = data.companies().get(ticker);
        if (company == null) {
            return missing("There is no company with ticker " + ticker + ".");
        }
        // the chart ends with the write-up's week: later days are not what the piece is about
        LocalDate monday = MarketWeek.monday(data.weekEnd());
        List<DailyBar> bars = market.companies().dailyBars(company, monday.minusWeeks(CHART_WEEKS_BEFORE),
                MarketWeek.friday(data.weekEnd()));
        if (bars.isEmpty()) {
            return missing("There are no daily bars of " + ticker + " around this week.");
        }
        String id = "live-chart-" + ticker.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + data.weekEnd();
        List<PivotEvent> pivots = market.pivots().list(ticker, null, 200);
        // a page gets the narrow layout too, for phones, as company pages do
        ResponsiveChart svg = bothLayouts
                ? ResponsiveChart.of(id, (chartId, width) -> MarketCharts.companyPriceLine(chartId, company, bars, pivots, width))
                : new ResponsiveChart(MarketCharts.companyPriceLine(id, company, bars, pivots, ChartWidth.WIDE), null);
        return template("live/chart", Map.of("ticker", ticker, "svg", svg, "weekEnd", data.weekEnd(),
                "from", bars.get(0).date(), "to", bars.get(bars.size() - 1).date()));
    }

    private String pivots(String ticker, WeekFigures data) {
        if (!data.knows(ticker)) {
            return missing("There is no company with ticker " + ticker + ".");
        }
        LocalDate weekendAfter = MarketWeek.friday(data.weekEnd()).plusDays(2);
        List<PivotEvent> events = market.pivots().list(ticker, null, 200).stream()
                .filter(e -> !e.date().isAfter(weekendAfter)).toList();
        return template("live/pivots", Map.of("ticker", ticker, "weekEnd", data.weekEnd(), "events", events));
    }

    private String template(String name, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("fmt", fmt);
        return templates.render(name, all);
    }

    static String missing(String why) {
        return "<p class=\"live-missing\">" + Html.escape(why) + "</p>";
    }
}
