package com.minerdesk.feeds;

import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.writeups.PublicTag;
import com.minerdesk.writeups.WriteupFeedQueries;
import com.minerdesk.writeups.WriteupStamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every public page for the sitemap, each with the date of the newest data it shows: the main
 * pages, every public write-up, every tag, every market week and every company. A handful of
 * queries whatever the size of the data.
 */
final class SitemapPages {
    private final MarketData market;
    private final WriteupFeedQueries writeups;
    private final String baseUrl;

    SitemapPages(MarketData market, WriteupFeedQueries writeups, String baseUrl) {
        this.market = market;
        this.writeups = writeups;
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
        List<WriteupStamp> stamps = writeups.stamps();
        urls.add(url("/writeups", stamps.isEmpty() ? null : day(stamps.get(0).publishAt())));
        urls.add(url("/subscribe", null));
        stamps.forEach(w -> urls.add(url(w.path(), day(w.lastChange()))));
        for (PublicTag t : writeups.publicTags()) {
            urls.add(url("/tags/" + t.tag().slug(), day(t.newest())));
        }
        for (LocalDate weekEnd : market.weeks().weekEnds()) {
            urls.add(url(MarketPaths.week(weekEnd), weekEnd));
        }
        Map<String, LocalDate> lastDays = market.companies().lastTradingDays();
        market.companies().all().forEach(c -> urls.add(url(MarketPaths.company(c.ticker()), lastDays.get(c.ticker()))));
        return urls;
    }

    private LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private SitemapUrl url(String path, LocalDate lastmod) {
        return new SitemapUrl(baseUrl + path, lastmod);
    }
}
