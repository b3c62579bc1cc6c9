package com.minerdesk.feeds;

import com.minerdesk.db.Database;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Feeds and discovery: the market-weeks data feed ({@code /weeks/feed.xml}, {@code /weeks/atom.xml}),
 * {@code /robots.txt}, {@code /sitemap.xml} and the {@code /subscribe} page. Register it before the
 * market routes: {@code /weeks/feed.xml} would otherwise be taken for {@code /weeks/{date}}.
 */
public final class FeedsFeature implements Feature {
    private final Pages pages;
    private final WeekFeed weekFeed;
    private final SitemapPages sitemap;
    private final SiteChanges changes;
    private final SubscribeCatalog catalog;

    public FeedsFeature(MarketData market, Database db, Pages pages, Clock clock) {
        this.pages = pages;
        this.changes = new SiteChanges(db.dsl());
        FeedIds ids = new FeedIds(pages.baseUrl());
        this.weekFeed = new WeekFeed(market, pages, clock, ids, changes, db.contentVersion());
        this.sitemap = new SitemapPages(market, pages.baseUrl());
        this.catalog = new SubscribeCatalog();
    }

    @Override
    public void routes(RoutesConfig routes) {
        feed(routes, "/weeks", ctx -> weekFeed.feed(), FeedFormat.RSS, FeedFormat.ATOM);
        routes.get("/robots.txt", this::robots);
        routes.get("/sitemap.xml", this::sitemap);
        routes.get("/subscribe", this::subscribe);
    }

    private static void feed(RoutesConfig routes, String basePath, Function<Context, Feed> source, FeedFormat... formats) {
        for (FeedFormat format : formats) {
            routes.get(basePath + "/" + format.fileName(), ctx -> {
                Feed feed = source.apply(ctx);
                ConditionalGet.send(ctx, format.contentType(), format.write(feed), feed.updated());
            });
        }
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
