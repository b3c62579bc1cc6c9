package com.minerdesk.app;

import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.AccountsFeature;
import com.minerdesk.accounts.AccountsFilter;
import com.minerdesk.accounts.FormExpired;
import com.minerdesk.contracts.ContractsFeature;
import com.minerdesk.db.Database;
import com.minerdesk.desk.DeskRoutes;
import com.minerdesk.exports.CsvExports;
import com.minerdesk.editor.EditorHomeRoutes;
import com.minerdesk.feeds.FeedsFeature;
import com.minerdesk.filings.FilingsFeature;
import com.minerdesk.home.HomeRoutes;
import com.minerdesk.images.ImageQueries;
import com.minerdesk.images.ImageRoutes;
import com.minerdesk.limits.RateLimiter;
import com.minerdesk.limits.RateLimits;
import com.minerdesk.live.EditorHelpRoutes;
import com.minerdesk.live.LiveBodyChecks;
import com.minerdesk.live.LiveContent;
import com.minerdesk.live.SiteRenderer;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketRoutes;
import com.minerdesk.network.NetworkFeature;
import com.minerdesk.ops.HealthCheck;
import com.minerdesk.production.ProductionFeature;
import com.minerdesk.sharing.ShareCardRoutes;
import com.minerdesk.web.CachedPageHandler;
import com.minerdesk.web.HeadRequests;
import com.minerdesk.web.ErrorPages;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.PageCache;
import com.minerdesk.web.Pages;
import com.minerdesk.web.SecurityHeaders;
import com.minerdesk.web.ServerSettings;
import com.minerdesk.web.StaticAssets;
import com.minerdesk.web.Templates;
import com.minerdesk.web.TimeBoundaries;
import com.minerdesk.writeups.WriteupRenderer;
import com.minerdesk.writeups.WriteupsFeature;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** Wires the features into one Javalin server; {@link RouteTable} lists their routes. Each feature owns its handlers, queries and templates. */
public final class App {
    private App() {
    }

    /** The one way to build the server; the clock is the site's only source of time, injected so that tests can move it. */
    public static Javalin create(Config config, Database db, Path projectDir, Clock clock) {
        Path sourcesOnDisk = config.devTemplates() ? projectDir : null; // null: from the jar (classpath)
        Templates templates = new Templates(sourcesOnDisk);
        StaticAssets assets = new StaticAssets(sourcesOnDisk);
        Pages pages = new Pages(templates, new Fmt(config.timeZone()), config.baseUrl(), db.contentVersion(), assets);
        SecurityHeaders headers = new SecurityHeaders(config.httpsBaseUrl(), config.imageHosts());
        MarketData market = MarketData.over(db.dsl());
        AccountsFeature accounts = AccountsFeature.of(config, db, pages, clock);
        LiveContent live = SiteRenderer.liveContent(db, templates, pages.fmt());
        LiveBodyChecks liveChecks = new LiveBodyChecks(live, pages.fmt(), db.dsl(), clock);
        WriteupRenderer renderer = SiteRenderer.of(config.baseUrl(), live);
        ImageQueries images = new ImageQueries(db.dsl());
        WriteupsFeature writeups = WriteupsFeature.of(db, pages, clock, config.timeZone(), accounts.clientAddress(),
                market.weeks(), renderer, liveChecks, images);
        accounts.expiredForms().add(writeups.expiredForm());
        TimeBoundaries boundaries = new TimeBoundaries(List.of(
                now -> writeups.queries().nextScheduledAt().map(OffsetDateTime::toInstant),
                FeedsFeature::nextWeekCompletionAfter,
                TimeBoundaries.nextDayIn(config.timeZone())));
        PageCache pageCache = new PageCache(config.pageCache(), db.contentVersion()::current, sourcesOnDisk, clock, boundaries);

        FilingsFeature filings = new FilingsFeature(db, market, pages, config.edgar().archiveUrl());
        ContractsFeature contracts = new ContractsFeature(db, market, pages, accounts.clientAddress(), clock);
        ProductionFeature production = ProductionFeature.of(db, market, pages, clock, filings);
        RouteTable table = new RouteTable(accounts,
                new HomeRoutes(market, pages, writeups.queries()),
                new MarketRoutes(market, pages, writeups.queries(), filings, contracts, production.companySection()),
                new CsvExports(market, db),
                new FeedsFeature(market, db, pages, clock, renderer, contracts, production.feed()::company),
                writeups,
                new EditorHomeRoutes(db, pages, writeups.queries(), liveChecks),
                DeskRoutes.of(db, market, pages, accounts.clientAddress(), clock),
                new EditorHelpRoutes(live, pages),
                ImageRoutes.of(images, db, clock, writeups.queries(), pages, accounts.clientAddress()),
                new ShareCardRoutes(market, writeups.queries(), pages.fmt(), db.contentVersion()::demoData),
                assets,
                new HealthCheck(db),
                filings,
                new NetworkFeature(db, pages),
                contracts,
                production);

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // Main builds the server while the demo data loads and starts it afterwards, on purpose
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.compressionStrategy = CompressionStrategy.GZIP;
            cfg.http.maxRequestSize = AccountsFilter.MAX_EDITOR_FORM_BYTES; // counts chunked bodies too
            cfg.jetty.multipartConfig.maxFileSize(AccountsFilter.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(AccountsFilter.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            cfg.router.ignoreTrailingSlashes = true;
            // hits of the page cache are answered by Jetty before the router; inserted first, so that the
            // graceful stop inserted next wraps it too. /search keeps its rate limit by going through Javalin.
            cfg.jetty.modifyServer(s -> s.insertHandler(new CachedPageHandler(pageCache, headers, List.of("/search"))));
            cfg.jetty.modifyServer(s -> s.insertHandler(new HeadRequests()));
            ServerSettings server = new ServerSettings(headers);
            cfg.jetty.modifyServer(server::server);
            cfg.jetty.modifyHttpConfiguration(server::http);
            cfg.routes.before(headers::apply);
            cfg.routes.before(accounts.filter()::apply);
            cfg.routes.before("/search", new RateLimits(new RateLimiter(db.dsl(), clock, "search",
                    RateLimits.SEARCHES_PER_MINUTE, Duration.ofMinutes(1)), accounts.clientAddress()::of)::apply);
            cfg.routes.before(pageCache::before);
            cfg.routes.after(pageCache::after);
            cfg.routes.beforeMatched(Access::check);
            table.register(cfg.routes);
            ErrorPages errorPages = new ErrorPages(pages);
            errorPages.register(cfg.routes);
            cfg.routes.exception(FormExpired.class, (e, ctx) -> accounts.expiredForms().answer(e, ctx,
                    () -> errorPages.render(ctx, e.getStatus(), e.getMessage())));
        });
    }
}
