package com.minerdesk.feeds;

import com.minerdesk.db.ContentVersion;
import com.minerdesk.market.CompanyContracts;
import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.Movers;
import com.minerdesk.market.WeekSort;
import com.minerdesk.market.WeekSummary;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Pages;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data feed: one entry per complete market week, newest first, written from the market
 * queries without an editor.
 *
 * <p>A week gets its entry once its data is complete ({@link com.minerdesk.market.WeekProgress}: every
 * listed company has reported through the week's last scheduled trading day) and its Friday has ended in
 * New York (00:00 Saturday, America/New_York), when every exchange the tracked miners list on has closed.
 * That moment is also the entry's publication date, so it never moves. Whether it has passed is read from the injected
 * clock, so the newest week appears in the feed without any job or restart.
 */
final class WeekFeed {
    static final int ENTRIES = 20;
    static final int MOVERS = 3;
    static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    static final String AUTHOR = Pages.SITE_NAME;

    private final MarketData market;
    private final CompanyContracts contracts;
    private final Pages pages;
    private final Clock clock;
    private final FeedIds ids;
    private final SiteChanges changes;
    private final ContentVersion contentVersion;
    private volatile Cached cached;

    private record Cached(long version, LocalDate cutoff, Feed feed) {
    }

    WeekFeed(MarketData market, CompanyContracts contracts, Pages pages, Clock clock, FeedIds ids, SiteChanges changes,
            ContentVersion contentVersion) {
        this.market = market;
        this.contracts = contracts;
        this.pages = pages;
        this.clock = clock;
        this.ids = ids;
        this.changes = changes;
        this.contentVersion = contentVersion;
    }

    /** When the week ending on {@code weekEnd} is complete and its entry is published. */
    static Instant publishedAt(LocalDate weekEnd) {
        return MarketWeek.friday(weekEnd).plusDays(1).atStartOfDay(MARKET_ZONE).toInstant();
    }

    /** The latest Friday whose end has passed: every week up to it is complete. */
    static LocalDate lastCompleteFriday(Instant now) {
        return now.atZone(MARKET_ZONE).toLocalDate().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /** The feed is rebuilt only when the content changes or another week completes. */
    Feed feed() {
        long version = contentVersion.current();
        LocalDate cutoff = lastCompleteFriday(clock.instant());
        Cached c = cached;
        if (c == null || c.version() != version || !c.cutoff().equals(cutoff)) {
            c = new Cached(version, cutoff, build(cutoff));
            cached = c;
        }
        return c.feed();
    }

    private Feed build(LocalDate cutoff) {
        List<FeedEntry> entries = new ArrayList<>();
        Optional<LocalDate> lastComplete = market.weeks().latestCompleteWeek(cutoff);
        if (lastComplete.isPresent()) {
            List<WeekSummary> weeks = new ArrayList<>(market.weeks().recentWeeks(lastComplete.get(), ENTRIES));
            Collections.reverse(weeks);
            weeks.forEach(week -> entries.add(entry(week)));
        }
        String base = pages.baseUrl();
        return Feed.of(ids.of("weeks"), Pages.SITE_NAME + ": market weeks",
                "One entry per completed market week of the listed Bitcoin miners: sector market cap and its change, "
                        + "gainers and decliners, the top and bottom three movers, the BTC price and the cash and "
                        + "all-in margins of mining.",
                base + "/weeks", base + "/weeks", AUTHOR, entries, changes.lastChange());
    }

    private FeedEntry entry(WeekSummary week) {
        Fmt fmt = pages.fmt();
        LocalDate end = week.weekEnd();
        Movers movers = Movers.of(market.weeks().table(end, WeekSort.CHANGE, false), MOVERS);
        EconomicsWeek economics = market.economics().week(end).orElse(null);
        List<CompanyContracts.Link> deals = contracts.statusChangesBetween(MarketWeek.friday(end).minusDays(6), MarketWeek.friday(end));
        String summary = summary(week, economics, fmt) + contractsSentence(deals);
        Map<String, Object> model = new HashMap<>();
        model.put("week", week);
        model.put("summary", summary);
        model.put("top", movers.top());
        model.put("bottom", movers.bottom());
        model.put("economics", economics);
        model.put("contracts", deals);
        String html = pages.renderFragment("feeds/week-entry", model);
        String title = "Week ending " + fmt.day(end) + ": sector cap " + fmt.compact(week.capEnd())
                + (week.capChangePct() == null ? "" : " (" + fmt.pct(week.capChangePct()) + ")")
                + ", " + week.gainers() + " up, " + week.decliners() + " down";
        Instant published = publishedAt(end);
        return new FeedEntry(ids.of("weeks/" + end), title, pages.baseUrl() + MarketPaths.week(end), published, published,
                AUTHOR, List.of("Market week"), summary, html);
    }

    /** The AI/HPC contracts announced or changing status in the week, in one sentence (empty without any). */
    static String contractsSentence(List<CompanyContracts.Link> deals) {
        if (deals.isEmpty()) {
            return "";
        }
        List<String> parts = deals.stream().map(d -> d.ticker() + " with " + d.counterparty() + " ("
                + (d.version() == 1 ? "new: " : "now: ") + d.statusLabel().toLowerCase(java.util.Locale.ROOT) + ")").toList();
        return " AI/HPC contracts: " + String.join("; ", parts) + ".";
    }

    static String summary(WeekSummary week, EconomicsWeek economics, Fmt fmt) {
        StringBuilder s = new StringBuilder();
        s.append("The ").append(week.companies()).append(" listed Bitcoin miners ended the week of ")
                .append(fmt.shortDay(week.firstDay())).append(" to ").append(fmt.day(week.weekEnd()))
                .append(" with a combined market cap of ").append(fmt.compact(week.capEnd()));
        if (week.capStart() != null) {
            s.append(", ").append(fmt.pct(week.capChangePct())).append(" (")
                    .append(fmt.signedCompact(week.capEndCompared() - week.capStart()))
                    .append(") from the previous week's close over the ").append(week.compared())
                    .append(" companies with a close in both weeks");
        }
        s.append("; ").append(week.gainers()).append(" gained and ").append(week.decliners()).append(" declined.");
        if (economics != null) {
            s.append(" BTC closed the week at ").append(fmt.usd(economics.btcClose()))
                    .append("; the average miner's cash margin was ").append(fmt.pct(economics.cashMargin()))
                    .append(" and its all-in margin ").append(fmt.pct(economics.allinMargin())).append('.');
        }
        return s.toString();
    }
}
