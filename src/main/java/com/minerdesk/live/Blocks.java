package com.minerdesk.live;

import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Templates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the blocks (movers, the miner table, a price chart, pivot events) as trusted HTML from
 * templates in {@code templates/live/}. Movers and the table reuse the week's loaded table; a chart
 * or a pivot list costs one query per ticker, and a write-up has at most {@link #MAX_DATA_BLOCKS}.
 */
final class Blocks {
    static final int MAX_DATA_BLOCKS = 12;
    static final int CHART_WEEKS_BEFORE = 8;
    static final int CHART_WEEKS_AFTER = 4;
    private final Templates templates;
    private final Fmt fmt;
    private final MarketData market;

    Blocks(Templates templates, Fmt fmt, MarketData market) {
        this.templates = templates;
        this.fmt = fmt;
        this.market = market;
    }

    String render(Placeholder.Block block, WeekFigures data) {
        if (!data.hasWeek()) {
            return missing("There is no market data for this week.");
        }
        return switch (block.kind()) {
            case MOVERS -> movers(block.count(), data);
            case TABLE -> template("live/table", Map.of("rows", data.table(), "sector", data.sector()));
            case CHART -> chart(block.argument(), data);
            case PIVOTS -> pivots(block.argument(), data);
        };
    }

    private String movers(int n, WeekFigures data) {
        List<CompanyWeek> ranked = data.table().stream().filter(r -> r.change() != null).toList();
        int top = Math.min(n, ranked.size());
        int bottom = Math.min(n, ranked.size() - top);
        List<CompanyWeek> worst = new ArrayList<>(ranked.subList(ranked.size() - bottom, ranked.size()));
        java.util.Collections.reverse(worst);
        return template("live/movers", Map.of("weekEnd", data.weekEnd(), "top", ranked.subList(0, top), "bottom", worst));
    }

    private String chart(String ticker, WeekFigures data) {
        Company company = data.companies().get(ticker);
        if (company == null) {
            return missing("There is no company with ticker " + ticker + ".");
        }
        LocalDate monday = MarketWeek.monday(data.weekEnd());
        LocalDate from = monday.minusWeeks(CHART_WEEKS_BEFORE);
        LocalDate to = MarketWeek.friday(data.weekEnd()).plusWeeks(CHART_WEEKS_AFTER);
        List<DailyBar> bars = market.companies().dailyBars(company, from, to);
        String svg = PriceLineSvg.render(ticker, bars, monday, MarketWeek.friday(data.weekEnd()), fmt);
        return template("live/chart", Map.of("ticker", ticker, "svg", svg, "weekEnd", data.weekEnd(),
                "from", bars.isEmpty() ? from : bars.get(0).date(),
                "to", bars.isEmpty() ? to : bars.get(bars.size() - 1).date()));
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
