package com.minerdesk.production;

import com.minerdesk.exports.CsvDownload;
import com.minerdesk.market.Company;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.web.AlternateFeed;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public production pages: {@code /production} (the latest month whose network days are all
 * stored), {@code /production/{yyyy-mm}} for any month with reports, and their CSV downloads in the
 * import format ({@code /production.csv}, {@code /production/{yyyy-mm}.csv},
 * {@code /companies/{TICKER}/production.csv}).
 */
public final class ProductionPages {
    private final ProductionQueries queries;
    private final MarketData market;
    private final Pages pages;

    public ProductionPages(ProductionQueries queries, MarketData market, Pages pages) {
        this.queries = queries;
        this.market = market;
        this.pages = pages;
    }

    public void latest(Context ctx) {
        YearMonth month = queries.latestComplete().orElse(null);
        if (month == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("sector", null);
            pages.render(ctx, "production/month", PageMeta.titled("Monthly production"), model);
            return;
        }
        render(ctx, month, true);
    }

    public void month(Context ctx) {
        YearMonth month = knownMonth(ctx.pathParam("month"));
        render(ctx, month, false);
    }

    public void latestCsv(Context ctx) {
        YearMonth month = queries.latestComplete()
                .orElseThrow(() -> new NotFoundResponse("No monthly report has been entered yet."));
        sendMonth(ctx, month);
    }

    public void monthCsv(Context ctx) {
        sendMonth(ctx, knownMonth(ctx.pathParam("month")));
    }

    public void companyCsv(Context ctx) {
        Company company = market.lookup().canonicalCompany(ctx, t -> MarketPaths.company(t) + "/production.csv").orElse(null);
        if (company != null) {
            CsvDownload.send(ctx, "minerdesk-production-" + company.ticker() + ".csv", ProductionCsv.HEADER,
                    ProductionCsv.rows(queries.company(company.id())));
        }
    }

    private void sendMonth(Context ctx, YearMonth month) {
        CsvDownload.send(ctx, "minerdesk-production-" + month + ".csv", ProductionCsv.HEADER,
                ProductionCsv.rows(queries.month(month)));
    }

    private YearMonth knownMonth(String param) {
        YearMonth month = YearMonth.from(ProductionPaths.parseMonth(param));
        if (!queries.months().contains(month)) {
            throw new NotFoundResponse("No monthly report has been entered for " + month + ".");
        }
        return month;
    }

    private void render(Context ctx, YearMonth month, boolean latest) {
        ProductionSort sort = ProductionSort.parse(ctx.queryParam("sort"))
                .orElseThrow(() -> new BadRequestResponse("Sort by one of the table's columns."));
        boolean ascending = ascending(ctx.queryParam("dir"), sort);
        List<CompanyMonth> rows = queries.month(month);
        NetworkMonth network = rows.isEmpty() ? queries.network(month) : rows.get(0).network();
        SectorMonth sector = new SectorMonth(month, rows, network, market.companies().all().size());
        String path = latest ? "/production" : ProductionPaths.month(month.atDay(1));
        List<YearMonth> months = queries.months();
        int at = months.indexOf(month);
        Map<String, Object> model = new HashMap<>();
        model.put("sector", sector);
        model.put("latest", latest);
        model.put("monthDay", month.atDay(1));
        model.put("rows", sort.sorted(sector.rows(), ascending));
        model.put("columns", ProductionSort.columns(path, sort, ascending));
        model.put("newer", at > 0 ? months.get(at - 1) : null);
        model.put("older", at < months.size() - 1 ? months.get(at + 1) : null);
        model.put("csvHref", latest ? "/production.csv" : path + ".csv");
        String named = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
        String title = latest ? "Monthly production: latest month (" + named + ")" : "Monthly production, " + named;
        pages.render(ctx, "production/month", PageMeta.titled(title)
                .describedAs("What the listed Bitcoin miners reported producing in " + month + ": BTC mined and held, "
                        + "hash rate, BTC per EH/s, realized hash rate and share of the network, each with its source.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk: monthly production reports", "/production")),
                model);
    }

    private static boolean ascending(String dir, ProductionSort sort) {
        if (dir == null || dir.isBlank()) {
            return sort.defaultAscending();
        }
        return switch (dir.trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new BadRequestResponse("dir is asc or desc.");
        };
    }
}
