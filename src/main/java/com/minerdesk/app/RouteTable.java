package com.minerdesk.app;

import static com.minerdesk.web.Role.ADMIN;
import static com.minerdesk.web.Role.ANYONE;
import static com.minerdesk.web.Role.EDITOR;

import com.minerdesk.accounts.AccountsFeature;
import com.minerdesk.contracts.ContractsFeature;
import com.minerdesk.desk.DeskRoutes;
import com.minerdesk.exports.CsvExports;
import com.minerdesk.editor.EditorHomeRoutes;
import com.minerdesk.feeds.FeedFormat;
import com.minerdesk.feeds.FeedsFeature;
import com.minerdesk.filings.FilingsFeature;
import com.minerdesk.home.HomeRoutes;
import com.minerdesk.images.ImageRoutes;
import com.minerdesk.live.EditorHelpRoutes;
import com.minerdesk.market.MarketRoutes;
import com.minerdesk.network.NetworkFeature;
import com.minerdesk.ops.HealthCheck;
import com.minerdesk.production.ProductionFeature;
import com.minerdesk.sharing.ShareCardRoutes;
import com.minerdesk.web.StaticAssets;
import com.minerdesk.writeups.WriteupsFeature;
import io.javalin.config.RoutesConfig;

/**
 * Every route of the site, written out, each with the {@link com.minerdesk.web.Role} that may use it
 * ({@link com.minerdesk.accounts.Access} checks it once, before the matched handler). Javalin takes
 * the first route that matches a path, so where two patterns match one path the more specific is
 * listed first ({@code RouteTableTest} lists the table and checks each such pair).
 */
record RouteTable(AccountsFeature accounts, HomeRoutes home, MarketRoutes market, CsvExports csv,
        FeedsFeature feeds, WriteupsFeature writeups, EditorHomeRoutes editorHome, DeskRoutes desk,
        EditorHelpRoutes help, ImageRoutes images, ShareCardRoutes cards, StaticAssets assets, HealthCheck health,
        FilingsFeature filings, NetworkFeature network, ContractsFeature contracts, ProductionFeature production) {

    void register(RoutesConfig r) {
        // home, health, static files
        r.get("/", home::home, ANYONE);
        r.get("/healthz", health::answer, ANYONE);
        r.get("/static/{file}", assets::serve, ANYONE);
        r.get("/favicon.ico", assets::favicon, ANYONE);

        // market data: pages, their CSV downloads and the data feed (files before /weeks/{date})
        r.get("/weeks", market::weeks, ANYONE);
        r.get("/weeks.csv", csv::weeks, ANYONE);
        r.get("/weeks/feed.xml", feeds.weekFeed(FeedFormat.RSS), ANYONE);
        r.get("/weeks/atom.xml", feeds.weekFeed(FeedFormat.ATOM), ANYONE);
        r.get("/weeks/{date}.csv", csv::week, ANYONE);
        r.get("/weeks/{date}", market::week, ANYONE);
        r.get("/companies", market::companies, ANYONE);
        r.get("/companies.csv", csv::companies, ANYONE);
        r.get("/companies/{ticker}.csv", csv::company, ANYONE);
        r.get("/companies/{ticker}", market::company, ANYONE);
        r.get("/companies/{ticker}/feed.xml", feeds.companyFeed(FeedFormat.RSS), ANYONE);
        r.get("/companies/{ticker}/atom.xml", feeds.companyFeed(FeedFormat.ATOM), ANYONE);
        r.get("/companies/{ticker}/production.csv", production.pages()::companyCsv, ANYONE);
        r.get("/companies/{ticker}/filings", filings::company, ANYONE);
        r.get("/companies/{ticker}/filings.xml", filings::companyFeedAlias, ANYONE);
        r.get("/companies/{ticker}/filings/feed.xml", filings.companyFeed(FeedFormat.RSS), ANYONE);
        r.get("/companies/{ticker}/filings/atom.xml", filings.companyFeed(FeedFormat.ATOM), ANYONE);
        r.get("/economics", market::economics, ANYONE);
        r.get("/economics.csv", csv::economics, ANYONE);
        r.get("/pivots", market::pivots, ANYONE);
        r.get("/pivots.csv", csv::pivots, ANYONE);

        // the operating ledger: network days
        r.get("/network", network::page, ANYONE);
        r.get("/network.csv", network::csv, ANYONE);

        // AI/HPC contracts (the file before /contracts/{ref})
        r.get("/contracts", contracts::list, ANYONE);
        r.get("/contracts.csv", contracts::csv, ANYONE);
        r.get("/contracts/{ref}", contracts::contract, ANYONE);

        // the disclosure calendar (SEC EDGAR filings) and its feeds
        r.get("/filings", filings::list, ANYONE);
        r.get("/filings/feed.xml", filings.siteFeed(FeedFormat.RSS), ANYONE);
        r.get("/filings/atom.xml", filings.siteFeed(FeedFormat.ATOM), ANYONE);

        // monthly operating reports (files before /production/{month})
        r.get("/production", production.pages()::latest, ANYONE);
        r.get("/production.csv", production.pages()::latestCsv, ANYONE);
        r.get("/production/feed.xml", production.feed().feed(FeedFormat.RSS), ANYONE);
        r.get("/production/atom.xml", production.feed().feed(FeedFormat.ATOM), ANYONE);
        r.get("/production/{month}.csv", production.pages()::monthCsv, ANYONE);
        r.get("/production/{month}", production.pages()::month, ANYONE);

        // write-ups: public pages, search and feeds
        r.get("/writeups", writeups.publicPages()::archive, ANYONE);
        r.get("/writeups/{slug}", writeups.publicPages()::writeup, ANYONE);
        r.get("/tags", writeups.publicPages()::tagIndex, ANYONE);
        r.get("/tags/{slug}", writeups.publicPages()::tag, ANYONE);
        r.get("/tags/{slug}/feed.xml", feeds.tagFeed(FeedFormat.RSS), ANYONE);
        r.get("/tags/{slug}/atom.xml", feeds.tagFeed(FeedFormat.ATOM), ANYONE);
        r.get("/authors", writeups.publicPages()::authorIndex, ANYONE);
        r.get("/authors/{slug}", writeups.publicPages()::author, ANYONE);
        r.get("/search", writeups.search()::search, ANYONE);
        r.get("/feed.xml", feeds.siteFeed(FeedFormat.RSS), ANYONE);
        r.get("/atom.xml", feeds.siteFeed(FeedFormat.ATOM), ANYONE);
        r.get("/feed.json", feeds.siteFeed(FeedFormat.JSON), ANYONE);

        // images and share cards (og:image of write-up, week and company pages)
        r.get("/images/{file}", images::serve, ANYONE);
        r.get("/cards/weeks/{date}.png", cards::week, ANYONE);
        r.get("/cards/companies/{ticker}.png", cards::company, ANYONE);
        r.get("/cards/writeups/{slug}.png", cards::writeup, ANYONE);

        // discovery
        r.get("/subscribe", feeds::subscribe, ANYONE);
        r.get("/robots.txt", feeds::robots, ANYONE);
        r.get("/sitemap.xml", feeds::sitemap, ANYONE);

        // accounts
        r.get("/login", accounts.login()::form, ANYONE);
        r.post("/login", accounts.login()::signIn, ANYONE);
        r.post("/logout", accounts.login()::signOut, ANYONE);
        r.get("/invite/{token}", accounts.invitations()::form, ANYONE);
        r.post("/invite/{token}", accounts.invitations()::accept, ANYONE);
        r.get("/editor/profile", accounts.profile()::form, EDITOR);
        r.post("/editor/profile", accounts.profile()::saveProfile, EDITOR);
        r.post("/editor/profile/password", accounts.profile()::changePassword, EDITOR);
        r.get("/editor/accounts", accounts.admin()::accounts, ADMIN);
        r.post("/editor/accounts", accounts.admin()::add, ADMIN);
        r.post("/editor/accounts/invite", accounts.admin()::invite, ADMIN);
        r.post("/editor/accounts/{id}/disable", accounts.admin()::disable, ADMIN);
        r.post("/editor/accounts/{id}/enable", accounts.admin()::enable, ADMIN);
        r.post("/editor/accounts/{id}/reset", accounts.admin()::reset, ADMIN);
        r.get("/editor/audit", accounts.admin()::audit, ADMIN);

        // editor: dashboard and help
        r.get("/editor", editorHome::dashboard, EDITOR);
        r.get("/editor/help", help::help, EDITOR);

        // editor: write-ups (literal paths before /editor/writeups/{id})
        r.get("/editor/writeups", writeups.editor()::list, EDITOR);
        r.get("/editor/writeups/new", writeups.editor()::newForm, EDITOR);
        r.post("/editor/writeups/new", writeups.editor()::create, EDITOR);
        r.get("/editor/writeups/deleted", writeups.editor()::deleted, ADMIN);
        r.get("/editor/writeups/{id}", writeups.editor()::show, EDITOR);
        r.post("/editor/writeups/{id}", writeups.editor()::save, EDITOR);
        r.post("/editor/writeups/{id}/preview", writeups.editor()::preview, EDITOR);
        r.post("/editor/writeups/{id}/autosave", writeups.editor()::autosave, EDITOR);
        r.post("/editor/writeups/{id}/unpublish", writeups.editor()::unpublish, EDITOR);
        r.get("/editor/writeups/{id}/delete", writeups.editor()::confirmDelete, EDITOR);
        r.post("/editor/writeups/{id}/delete", writeups.editor()::delete, EDITOR);
        r.post("/editor/writeups/{id}/undelete", writeups.editor()::undelete, ADMIN);
        r.get("/editor/writeups/{id}/revisions", writeups.revisions()::list, EDITOR);
        r.get("/editor/writeups/{id}/revisions/{version}/restore", writeups.revisions()::confirmRestore, EDITOR);
        r.post("/editor/writeups/{id}/revisions/{version}/restore", writeups.revisions()::restore, EDITOR);
        r.get("/editor/writeups/{id}/images", images::page, EDITOR);
        r.post("/editor/writeups/{id}/images", images::upload, EDITOR);
        r.post("/editor/writeups/{id}/images/featured", images::feature, EDITOR);

        // editor: data desk
        r.get("/editor/import", desk.imports()::form, EDITOR);
        r.post("/editor/import", desk.imports()::upload, EDITOR);
        r.get("/editor/imports", desk.imports()::log, EDITOR);
        r.get("/editor/imports/{id}/rollback", desk.imports()::confirmRollback, EDITOR);
        r.post("/editor/imports/{id}/rollback", desk.imports()::rollback, EDITOR);
        r.get("/editor/bars/delete", desk.barDeletes()::form, EDITOR);
        r.post("/editor/bars/delete", desk.barDeletes()::submit, EDITOR);
        r.get("/editor/companies", desk.companies()::list, EDITOR);
        r.get("/editor/companies/new", desk.companies()::newForm, EDITOR);
        r.post("/editor/companies/new", desk.companies()::create, EDITOR);
        r.get("/editor/companies/{ticker}/edit", desk.companies()::editForm, EDITOR);
        r.post("/editor/companies/{ticker}/edit", desk.companies()::update, EDITOR);
        r.get("/editor/metrics", desk.metrics()::show, EDITOR);
        r.post("/editor/metrics", desk.metrics()::save, EDITOR);
        r.get("/editor/shares", desk.shares()::show, EDITOR);
        r.post("/editor/shares", desk.shares()::save, EDITOR);
        r.post("/editor/shares/delete", desk.shares()::delete, EDITOR);
        r.get("/editor/trading", desk.trading()::show, EDITOR);
        r.post("/editor/trading/marks", desk.trading()::mark, EDITOR);
        r.post("/editor/trading/marks/delete", desk.trading()::unmark, EDITOR);
        r.post("/editor/trading/listing", desk.trading()::listing, EDITOR);
        r.get("/editor/contracts", contracts.editor()::list, EDITOR);
        r.get("/editor/contracts/new", contracts.editor()::newForm, EDITOR);
        r.post("/editor/contracts/new", contracts.editor()::create, EDITOR);
        r.get("/editor/contracts/{ref}/version", contracts.editor()::versionForm, EDITOR);
        r.post("/editor/contracts/{ref}/version", contracts.editor()::addVersion, EDITOR);
        r.get("/editor/production/new", production.form()::show, EDITOR);
        r.post("/editor/production/new", production.form()::save, EDITOR);
        r.get("/editor/pivots", desk.pivots()::list, EDITOR);
        r.get("/editor/pivots/new", desk.pivots()::newForm, EDITOR);
        r.post("/editor/pivots/new", desk.pivots()::create, EDITOR);
        r.get("/editor/pivots/{id}/edit", desk.pivots()::editForm, EDITOR);
        r.post("/editor/pivots/{id}/edit", desk.pivots()::update, EDITOR);
        r.get("/editor/pivots/{id}/delete", desk.pivots()::confirmDelete, EDITOR);
        r.post("/editor/pivots/{id}/delete", desk.pivots()::delete, EDITOR);
    }
}
