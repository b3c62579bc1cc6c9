package com.minerdesk.filings;

import com.minerdesk.db.Database;
import com.minerdesk.feeds.ConditionalGet;
import com.minerdesk.feeds.Feed;
import com.minerdesk.feeds.FeedEntry;
import com.minerdesk.feeds.FeedFormat;
import com.minerdesk.feeds.FeedIds;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyFilings;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.web.AlternateFeed;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Condition;

/**
 * The disclosure calendar: {@code /filings} (every tracked company's recent 8-K, 6-K, 10-Q, 10-K,
 * 20-F and 40-F, newest first, by form), {@code /companies/{TICKER}/filings}, and their feeds
 * ({@code /filings/feed.xml|atom.xml}, {@code /companies/{TICKER}/filings/feed.xml|atom.xml};
 * {@code /companies/{TICKER}/filings.xml} leads to the RSS one). Filled by {@code fetch edgar}.
 */
public final class FilingsFeature implements CompanyFilings {
    static final int PER_PAGE = 50;
    static final int FEED_ENTRIES = 40;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final FilingQueries queries;
    private final MarketData market;
    private final Pages pages;
    private final FeedIds ids;
    private final String archiveUrl;

    public FilingsFeature(Database db, MarketData market, Pages pages, String archiveUrl) {
        this.queries = new FilingQueries(db.dsl());
        this.market = market;
        this.pages = pages;
        this.ids = new FeedIds(pages.baseUrl());
        this.archiveUrl = archiveUrl;
    }

    @Override
    public List<Link> newest(long companyId, int limit) {
        return queries.newest(FilingQueries.ofCompany(companyId), limit, 0).stream()
                .map(f -> new Link(f.form(), f.filingDate(), f.reportDate(), f.itemsShown(), f.documentUrl(archiveUrl)))
                .toList();
    }

    /** The newest current reports (8-K, 6-K): where monthly production updates are filed. */
    public List<CurrentReport> newestCurrentReports(int limit) {
        return queries.newest(FilingQueries.ofForm("8-K").or(FilingQueries.ofForm("6-K")), limit, 0).stream()
                .map(f -> new CurrentReport(f.ticker(), f.form(), f.filingDate(), f.accession(), f.documentUrl(archiveUrl)))
                .toList();
    }

    /** A current report as the editor's production form links it. */
    public record CurrentReport(String ticker, String form, java.time.LocalDate filed, String accession, String url) {
    }

    public void list(Context ctx) {
        String form = form(ctx.queryParam("form"));
        Condition where = form == null ? FilingQueries.all() : FilingQueries.ofForm(form);
        int page = Params.page(ctx.queryParam("page"));
        List<ListedFiling> rows = queries.newest(where, PER_PAGE + 1, (page - 1) * PER_PAGE);
        if (rows.isEmpty() && page > 1) {
            throw new NotFoundResponse("There is no page " + page + " of filings.");
        }
        Map<String, Object> model = model(rows, page, form == null ? "/filings" : "/filings?form=" + form);
        model.put("forms", new TreeSet<>(FilingForms.KEPT));
        model.put("selectedForm", form == null ? "" : form);
        model.put("company", null);
        pages.render(ctx, "filings/filings", PageMeta.titled("Filings: the disclosure calendar")
                .describedAs("The latest SEC filings of the listed Bitcoin miners: current reports (8-K, 6-K), quarterly and "
                        + "annual reports, each linked to the document on EDGAR.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk: new filings", "/filings")), model);
    }

    public void company(Context ctx) {
        Company company = market.lookup().canonicalCompany(ctx, t -> MarketPaths.company(t) + "/filings").orElse(null);
        if (company == null) {
            return;
        }
        int page = Params.page(ctx.queryParam("page"));
        List<ListedFiling> rows = queries.newest(FilingQueries.ofCompany(company.id()), PER_PAGE + 1, (page - 1) * PER_PAGE);
        if (rows.isEmpty() && page > 1) {
            throw new NotFoundResponse("There is no page " + page + " of " + company.ticker() + "'s filings.");
        }
        Map<String, Object> model = model(rows, page, MarketPaths.company(company.ticker()) + "/filings");
        model.put("company", company);
        model.put("forms", List.of());
        model.put("selectedForm", "");
        pages.render(ctx, "filings/filings", PageMeta.titled(company.ticker() + " filings")
                .describedAs("The latest SEC filings of " + company.name() + " (" + company.ticker() + "), linked to EDGAR.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk: " + company.ticker() + " filings",
                        MarketPaths.company(company.ticker()) + "/filings")), model);
    }

    /** {@code /companies/{TICKER}/filings.xml}: the address the calendar was first announced with. */
    public void companyFeedAlias(Context ctx) {
        Company company = market.lookup().company(ctx.pathParam("ticker"));
        ctx.redirect(MarketPaths.company(company.ticker()) + "/filings/" + FeedFormat.RSS.fileName(), HttpStatus.MOVED_PERMANENTLY);
    }

    public Handler siteFeed(FeedFormat format) {
        return ctx -> send(ctx, format, feed("filings", "Minerdesk: new filings",
                "New SEC filings of the listed Bitcoin miners, newest first.", "/filings",
                queries.newest(FilingQueries.all(), FEED_ENTRIES, 0)));
    }

    public Handler companyFeed(FeedFormat format) {
        return ctx -> {
            Company company = market.lookup().canonicalCompany(ctx,
                    t -> MarketPaths.company(t) + "/filings/" + format.fileName()).orElse(null);
            if (company != null) {
                String path = MarketPaths.company(company.ticker()) + "/filings";
                send(ctx, format, feed("filings/company-" + company.id(), "Minerdesk: " + company.ticker() + " filings",
                        "New SEC filings of " + company.name() + ", newest first.", path,
                        queries.newest(FilingQueries.ofCompany(company.id()), FEED_ENTRIES, 0)));
            }
        };
    }

    private Feed feed(String id, String title, String description, String path, List<ListedFiling> rows) {
        List<FeedEntry> entries = rows.stream().map(this::entry).toList();
        return Feed.of(ids.of(id), title, description, pages.baseUrl() + path, pages.baseUrl() + path, "Minerdesk",
                entries, Instant.EPOCH);
    }

    private FeedEntry entry(ListedFiling f) {
        Instant filed = f.filingDate().atStartOfDay(NEW_YORK).toInstant();
        String what = f.ticker() + " filed a " + f.form() + (f.items().isEmpty() ? "" : " (items " + f.itemsShown() + ")")
                + (f.reportDate() == null ? "" : " for the period ending " + f.reportDate());
        return new FeedEntry(ids.of("filings/company-" + f.companyId() + "/" + f.accession()),
                f.ticker() + " " + f.form() + " filed " + f.filingDate(), f.documentUrl(archiveUrl), filed,
                f.fetchedAt().toInstant(), "SEC EDGAR", List.of(f.ticker(), f.form()),
                what + ". Accession number " + f.accession() + ".", null);
    }

    private static void send(Context ctx, FeedFormat format, Feed feed) {
        ConditionalGet.send(ctx, format.contentType(), format.write(feed), feed.updated());
    }

    private Map<String, Object> model(List<ListedFiling> rows, int page, String base) {
        Map<String, Object> model = new HashMap<>();
        model.put("filings", rows.subList(0, Math.min(PER_PAGE, rows.size())));
        model.put("archiveUrl", archiveUrl);
        String joiner = base.contains("?") ? "&" : "?";
        model.put("nextPage", rows.size() > PER_PAGE ? base + joiner + "page=" + (page + 1) : null);
        model.put("previousPage", page > 2 ? base + joiner + "page=" + (page - 1) : page == 2 ? base : null);
        return model;
    }

    private static String form(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String f = param.trim().toUpperCase(java.util.Locale.ROOT);
        if (!FilingForms.KEPT.contains(f)) {
            throw new BadRequestResponse("Form is one of " + String.join(", ", new TreeSet<>(FilingForms.KEPT)) + ".");
        }
        return f;
    }
}
