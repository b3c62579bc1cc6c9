package com.minerdesk.feeds;

import com.minerdesk.db.Database;
import com.minerdesk.market.MarketPaths;
import io.javalin.http.Handler;
import com.minerdesk.market.CompanyContracts;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.writeups.Tag;
import com.minerdesk.writeups.WriteupFeedQueries;
import com.minerdesk.writeups.WriteupRenderer;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.function.Function;
import com.minerdesk.market.Company;

/**
 * Feeds and discovery: the site's write-up feeds ({@code /feed.xml}, {@code /atom.xml},
 * {@code /feed.json}), one per tag ({@code /tags/{slug}/feed.xml|atom.xml}) and per company
 * ({@code /companies/{TICKER}/feed.xml|atom.xml}), the market-weeks data feed
 * ({@code /weeks/feed.xml|atom.xml}), {@code /robots.txt}, {@code /sitemap.xml} and
 * {@code /subscribe}.
 */
public final class FeedsFeature {
    private final Pages pages;
    private final WeekFeed weekFeed;
    private final WriteupFeeds writeupFeeds;
    private final WriteupFeedQueries writeups;
    private final MarketData market;
    private final SitemapPages sitemap;
    private final SiteChanges changes;
    private final SubscribeCatalog catalog;

    /** When the next market week completes after {@code now}: the week feed then gains its entry. */
    public static Optional<Instant> nextWeekCompletionAfter(Instant now) {
        return Optional.of(WeekFeed.publishedAt(WeekFeed.lastCompleteFriday(now).plusWeeks(1)));
    }

    /** With the write-up renderer, whose steps make each entry's HTML current (live figures). */
    private final Function<Company, List<FeedEntry>> companyEntries;

    public FeedsFeature(MarketData market, Database db, Pages pages, Clock clock, WriteupRenderer renderer,
            CompanyContracts contracts, Function<Company, List<FeedEntry>> companyEntries) {
        this.companyEntries = companyEntries;
        this.pages = pages;
        this.market = market;
        this.writeups = new WriteupFeedQueries(db.dsl(), clock, renderer);
        this.changes = new SiteChanges(db.dsl());
        FeedIds ids = new FeedIds(pages.baseUrl());
        this.weekFeed = new WeekFeed(market, contracts, pages, clock, ids, changes, db.contentVersion());
        this.writeupFeeds = new WriteupFeeds(writeups, ids, changes, pages.baseUrl());
        this.sitemap = new SitemapPages(market, writeups, pages.baseUrl());
        this.catalog = new SubscribeCatalog(market, writeups);
    }

    /** The site's write-up feed: {@code /feed.xml}, {@code /atom.xml}, {@code /feed.json}. */
    public Handler siteFeed(FeedFormat format) {
        return feed(format, ctx -> writeupFeeds.site(), true);
    }

    /** A tag's write-ups: {@code /tags/{slug}/feed.xml|atom.xml}. */
    public Handler tagFeed(FeedFormat format) {
        return feed(format, ctx -> writeupFeeds.tag(tag(ctx)), true);
    }

    /** The write-ups that mention a company: {@code /companies/{ticker}/feed.xml|atom.xml}. */
    public Handler companyFeed(FeedFormat format) {
        return feed(format, this::companyFeedOf, true);
    }

    /** The market-weeks data feed: {@code /weeks/feed.xml|atom.xml}. */
    public Handler weekFeed(FeedFormat format) {
        return feed(format, ctx -> weekFeed.feed(), false);
    }

    /**
     * Write-up entries show live figures, so a data correction changes them without changing their
     * dates: their Last-Modified is then the site's last change.
     */
    private Handler feed(FeedFormat format, Function<Context, Feed> source, boolean liveFigures) {
        return ctx -> {
            Feed feed = source.apply(ctx);
            if (feed != null) {
                java.time.Instant modified = feed.updated();
                if (liveFigures) {
                    java.time.Instant site = changes.lastChange();
                    modified = site.isAfter(modified) ? site : modified;
                }
                ConditionalGet.send(ctx, format.contentType(), format.write(feed), modified);
            }
        };
    }

    private Tag tag(Context ctx) {
        return writeups.publicTag(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("No published write-up has this tag, so it has no feed."));
    }

    /** The company's feed; another letter case of the ticker is redirected to the canonical address (null). */
    private Feed companyFeedOf(Context ctx) {
        String file = ctx.path().substring(ctx.path().lastIndexOf('/'));
        return market.lookup().canonicalCompany(ctx, ticker -> MarketPaths.company(ticker) + file)
                .map(c -> withEntries(writeupFeeds.company(c), companyEntries.apply(c))).orElse(null);
    }

    /** A company's feed: its write-ups and the other features' entries about it (monthly reports), newest first. */
    private static Feed withEntries(Feed feed, List<FeedEntry> more) {
        List<FeedEntry> all = new java.util.ArrayList<>(feed.entries());
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(FeedEntry::published).reversed());
        return Feed.of(feed.id(), feed.title(), feed.description(), feed.homeUrl(), feed.feedBase(), feed.author(), all,
                feed.updated());
    }

    public void robots(Context ctx) {
        String body = "User-agent: *\n"
                + "Disallow: /editor\n"
                + "Disallow: /login\n"
                + "\n"
                + "Sitemap: " + pages.baseUrl() + "/sitemap.xml\n";
        ctx.header("Cache-Control", ConditionalGet.CACHE_CONTROL);
        ctx.contentType("text/plain; charset=utf-8").result(body);
    }

    public void sitemap(Context ctx) {
        ConditionalGet.send(ctx, "application/xml; charset=utf-8", SitemapWriter.write(sitemap.all()),
                changes.lastChange());
    }

    public void subscribe(Context ctx) {
        pages.render(ctx, "feeds/subscribe", PageMeta.titled("Subscribe: every feed")
                .describedAs("Every feed of Minerdesk, for any feed reader: the weekly market data and what each feed contains."),
                Map.of("groups", catalog.groups()));
    }
}
