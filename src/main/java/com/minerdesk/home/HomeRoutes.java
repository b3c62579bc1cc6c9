package com.minerdesk.home;

import com.minerdesk.market.WeekSort;
import com.minerdesk.market.Movers;
import com.minerdesk.market.MarketCharts;
import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.market.LatestWeeks;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.Movers;
import com.minerdesk.market.WeekSort;
import com.minerdesk.market.WeekSummary;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.writeups.WriteupQueries;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /}: the latest write-up, the latest week's sector snapshot, top and bottom movers, latest pivot events. */
public final class HomeRoutes {
    static final int MOVERS = 5;
    static final int CHART_WEEKS = 12;
    private final MarketData market;
    private final Pages pages;
    private final WriteupQueries writeups;

    public HomeRoutes(MarketData market, Pages pages, WriteupQueries writeups) {
        this.market = market;
        this.pages = pages;
        this.writeups = writeups;
    }

    public void home(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("leadWriteup", writeups.latest().orElse(null));
        LatestWeeks latest = market.weeks().latestWeeks();
        LocalDate weekEnd = latest.shown().orElse(null);
        model.put("weekEnd", weekEnd);
        if (weekEnd != null) {
            model.put("inProgress", latest.inProgress().orElse(null));
            model.put("sector", market.weeks().sector(weekEnd).orElse(null));
            model.put("economics", market.economics().week(weekEnd).orElse(null));
            model.put("movers", Movers.of(market.weeks().table(weekEnd, WeekSort.CHANGE, false), MOVERS));
            List<WeekSummary> recent = market.weeks().recentWeeks(weekEnd, CHART_WEEKS);
            model.put("recentWeeks", recent);
            if (!recent.isEmpty()) {
                model.put("capChart", ResponsiveChart.of("chart-sector-cap", (id, w) -> MarketCharts.sectorCap(id, recent, w)));
                model.put("breadthChart", ResponsiveChart.of("chart-gainers-decliners",
                        (id, w) -> MarketCharts.gainersDecliners(id, recent, w)));
            }
        }
        model.put("pivots", market.pivots().list(null, null, 5));
        pages.render(ctx, "home/home", PageMeta.titled("The listed Bitcoin miners, week by week")
                .describedAs(HomeDescription.of(model, pages.fmt())), model);
    }
}
