package com.minerdesk.app;

import com.minerdesk.accounts.AccountsFeature;
import com.minerdesk.db.Database;
import com.minerdesk.desk.CsvExports;
import com.minerdesk.desk.DeskRoutes;
import com.minerdesk.editor.EditorHomeRoutes;
import com.minerdesk.feeds.FeedsFeature;
import com.minerdesk.home.HomeRoutes;
import com.minerdesk.limits.RateLimiter;
import com.minerdesk.limits.RateLimits;
import com.minerdesk.live.EditorHelpRoutes;
import com.minerdesk.live.LiveBodyChecks;
import com.minerdesk.live.LiveContent;
import com.minerdesk.live.LiveRenderStep;
import com.minerdesk.live.WeekFiguresLoader;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketRoutes;
import com.minerdesk.web.CachedPageHandler;
import com.minerdesk.web.HeadRequests;
import com.minerdesk.web.ErrorPages;
import com.minerdesk.web.Feature;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Wires the features into one Javalin server. Each feature owns its routes, queries and templates. */
public final class App {
    private App() {
    }

    public static Javalin create(Config config, Database db) {
        return create(config, db, Path.of("").toAbsolutePath());
    }

    public static Javalin create(Config config, Database db, Path projectDir) {
        return create(config, db, projectDir, Clock.systemUTC());
    }

    /** The clock is injectable so that tests can move time (scheduling, throttling). */
    public static Javalin create(Config config, Database db, Path projectDir, Clock clock) {
        Templates templates = new Templates(projectDir);
        StaticAssets assets = new StaticAssets(projectDir);
        Pages pages = new Pages(templates, new Fmt(config.timeZone()), config.baseUrl(), db.contentVersion(), assets);
        SecurityHeaders headers = new SecurityHeaders(config.httpsBaseUrl());
        MarketData market = MarketData.over(db.dsl());
        AccountsFeature accounts = new AccountsFeature(config, db, pages, clock);
        LiveContent live = new LiveContent(new WeekFiguresLoader(market, db.contentVersion()), templates, pages.fmt());
        LiveBodyChecks liveChecks = new LiveBodyChecks(live, pages.fmt(), db.dsl(), clock);
        WriteupRenderer renderer = WriteupRenderer.forSite(config.baseUrl()).with(new LiveRenderStep(live));
        WriteupsFeature writeups = new WriteupsFeature(db, pages, clock, config.timeZone(), accounts.clientAddress(),
                market.weeks(), renderer, liveChecks);
        TimeBoundaries boundaries = new TimeBoundaries(List.of(
                now -> writeups.queries().nextScheduledAt().map(OffsetDateTime::toInstant),
                FeedsFeature::nextWeekCompletionAfter,
                TimeBoundaries.nextDayIn(config.timeZone())));
        PageCache pageCache = new PageCache(config.pageCache(), db.contentVersion()::current, projectDir, clock, boundaries);

        List<Feature> features = List.of(
                accounts,
                new EditorHomeRoutes(db, pages, writeups.queries(), liveChecks),
                new HomeRoutes(market, pages, writeups.queries()),
                new CsvExports(market, db), // before MarketRoutes: /weeks/{date} would also match /weeks/{date}.csv
                new FeedsFeature(market, db, pages, clock, renderer), // before MarketRoutes: the first matching route wins
                new MarketRoutes(market, pages, writeups.queries()),
                new DeskRoutes(db, market, pages, accounts.clientAddress()),
                writeups,
                new EditorHelpRoutes(live, pages));

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true;
            cfg.http.compressionStrategy = CompressionStrategy.GZIP;
            cfg.http.maxRequestSize = 25L * 1024 * 1024;
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
            cfg.routes.get("/static/{file}", assets::serve);
            cfg.routes.get("/healthz", ctx -> {
                boolean ok = db.isHealthy();
                ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "unavailable",
                        "database", db.dialect().getName()));
            });
            features.forEach(f -> f.routes(cfg.routes));
            new ErrorPages(pages).register(cfg.routes);
        });
    }
}
