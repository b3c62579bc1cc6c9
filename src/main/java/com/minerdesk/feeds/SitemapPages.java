package com.minerdesk.feeds;

import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.PivotEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every public page for the sitemap, each with the date of the newest data it shows: the main
 * pages, every market week and every company. A handful of queries whatever the size of the data.
 */
final class SitemapPages {
    private final MarketData market;
    private final String baseUrl;

    SitemapPages(MarketData market, String baseUrl) {
        this.market = market;
        this.baseUrl = baseUrl;
    }

    List<SitemapUrl> all() {
        List<SitemapUrl> urls = new ArrayList<>();
        LocalDate latestDay = market.weeks().latestTradingDay().orElse(null);
        LocalDate economics = market.economics().weeks(1).stream().findFirst().map(EconomicsWeek::asOf).orElse(null);
        LocalDate pivots = market.pivots().list(null, null, 1).stream().findFirst().map(PivotEvent::date).orElse(null);
        urls.add(url("/", latestDay));
        urls.add(url("/weeks", latestDay));
        urls.add(url("/companies", latestDay));
        urls.add(url("/economics", economics));
        urls.add(url("/pivots", pivots));
        urls.add(url("/subscribe", null));
        for (LocalDate weekEnd : market.weeks().weekEnds()) {
            urls.add(url("/weeks/" + weekEnd, weekEnd));
        }
        Map<String, LocalDate> lastDays = market.companies().lastTradingDays();
        market.companies().all().forEach(c -> urls.add(url("/companies/" + c.ticker(), lastDays.get(c.ticker()))));
        return urls;
    }

    private SitemapUrl url(String path, LocalDate lastmod) {
        return new SitemapUrl(baseUrl + path, lastmod);
    }
}
