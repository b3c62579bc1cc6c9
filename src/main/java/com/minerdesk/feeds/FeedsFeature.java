package com.minerdesk.feeds;

import com.minerdesk.db.Database;
import com.minerdesk.market.Company;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import com.minerdesk.writeups.Tag;
import com.minerdesk.writeups.WriteupFeedQueries;
import com.minerdesk.writeups.WriteupRenderer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Feeds and discovery: the site's write-up feeds ({@code /feed.xml}, {@code /atom.xml},
 * {@code /feed.json}), one per tag ({@code /tags/{slug}/feed.xml|atom.xml}) and per company
 * ({@code /companies/{TICKER}/feed.xml|atom.xml}), the market-weeks data feed
 * ({@code /weeks/feed.xml|atom.xml}), {@code /robots.txt}, {@code /sitemap.xml} and
 * {@code /subscribe}. Register it before the market routes: {@code /weeks/feed.xml} would
 * otherwise be taken for {@code /weeks/{date}}.
 */
public final class FeedsFeature implements Feature {
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

    public FeedsFeature(MarketData market, Database db, Pages pages, Clock clock) {
        this(market, db, pages, clock, null);
    }

    /** With the write-up renderer, whose steps make each entry's HTML current (live figures). */
    public FeedsFeature(MarketData market, Database db, Pages pages, Clock clock, WriteupRenderer renderer) {
        this.pages = pages;
        this.market = market;
        this.writeups = new WriteupFeedQueries(db.dsl(), clock, renderer);
        this.changes = new SiteChanges(db.dsl());
        FeedIds ids = new FeedIds(pages.baseUrl());
        this.weekFeed = new WeekFeed(market, pages, clock, ids, changes, db.contentVersion());
        this.writeupFeeds = new WriteupFeeds(writeups, ids, changes, pages.baseUrl());
        this.sitemap = new SitemapPages(market, writeups, pages.baseUrl());
        this.catalog = new SubscribeCatalog(market, writeups);
    }

    @Override
    public void routes(RoutesConfig routes) {
        feed(routes, "", ctx -> writeupFeeds.site(), true, FeedFormat.values());
        feed(routes, "/tags/{slug}", ctx -> writeupFeeds.tag(tag(ctx)), true, FeedFormat.RSS, FeedFormat.ATOM);
        feed(routes, "/companies/{ticker}", this::companyFeed, true, FeedFormat.RSS, FeedFormat.ATOM);
        feed(routes, "/weeks", ctx -> weekFeed.feed(), false, FeedFormat.RSS, FeedFormat.ATOM);
        routes.get("/robots.txt", this::robots);
        routes.get("/sitemap.xml", this::sitemap);
        routes.get("/subscribe", this::subscribe);
    }

    /**
     * A feed in each format. Write-up entries show live figures, so a data correction changes them
     * without changing their dates: their Last-Modified is then the site's last change.
     */
    private void feed(RoutesConfig routes, String basePath, Function<Context, Feed> source, boolean liveFigures,
            FeedFormat... formats) {
        for (FeedFormat format : formats) {
            routes.get(basePath + "/" + format.fileName(), ctx -> {
                Feed feed = source.apply(ctx);
                if (feed != null) {
                    java.time.Instant modified = feed.updated();
                    if (liveFigures) {
                        java.time.Instant site = changes.lastChange();
                        modified = site.isAfter(modified) ? site : modified;
                    }
                    ConditionalGet.send(ctx, format.contentType(), format.write(feed), modified);
                }
            });
        }
    }

    private Tag tag(Context ctx) {
        return writeups.publicTag(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("No published write-up has this tag, so it has no feed."));
    }

    /** The company's feed; another letter case of the ticker is redirected to the canonical address (null). */
    private Feed companyFeed(Context ctx) {
        String raw = ctx.pathParam("ticker");
        String ticker = Params.tickerOrNull(raw);
        Company company = ticker == null ? null : market.companies().byTicker(ticker).orElse(null);
        if (company == null) {
            throw new NotFoundResponse("There is no company with that ticker, so it has no feed.");
        }
        if (!company.ticker().equals(raw)) {
            String file = ctx.path().substring(ctx.path().lastIndexOf('/'));
            ctx.redirect("/companies/" + company.ticker() + file, HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        return writeupFeeds.company(company);
    }

    private void robots(Context ctx) {
        String body = "User-agent: *\n"
                + "Disallow: /editor\n"
                + "Disallow: /login\n"
                + "\n"
                + "Sitemap: " + pages.baseUrl() + "/sitemap.xml\n";
        ctx.header("Cache-Control", ConditionalGet.CACHE_CONTROL);
        ctx.contentType("text/plain; charset=utf-8").result(body);
    }

    private void sitemap(Context ctx) {
        ConditionalGet.send(ctx, "application/xml; charset=utf-8", SitemapWriter.write(sitemap.all()),
                changes.lastChange());
    }

    private void subscribe(Context ctx) {
        pages.render(ctx, "feeds/subscribe", Map.of(
                "pageTitle", "Subscribe: feeds of " + Pages.SITE_NAME,
                "description", "Every feed of Minerdesk, for any feed reader: the weekly market data and what each feed contains.",
                "groups", catalog.groups()));
    }
}
