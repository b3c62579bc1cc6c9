package com.minerdesk.market;

import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.web.AlternateFeed;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import com.minerdesk.web.ShareImage;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public market pages: {@code /weeks}, {@code /weeks/{date}}, {@code /companies},
 * {@code /companies/{TICKER}}, {@code /economics} and {@code /pivots}.
 */
public final class MarketRoutes {
    static final int HISTORY_WEEKS = 52;
    /** The company price chart shows about a quarter of daily closes. */
    static final int CHART_WEEKS = 13;
    static final int PIVOTS_PER_PAGE = 25;
    static final int COMPANY_WRITEUPS = 5;
    static final int COMPANY_FILINGS = 5;
    private final MarketData data;
    private final Pages pages;
    private final CompanyWriteups writeups;
    private final CompanyFilings filings;
    private final CompanyContracts contracts;
    private final CompanyProduction production;

    public MarketRoutes(MarketData data, Pages pages, CompanyWriteups writeups, CompanyFilings filings,
            CompanyContracts contracts, CompanyProduction production) {
        this.data = data;
        this.pages = pages;
        this.writeups = writeups;
        this.filings = filings;
        this.contracts = contracts;
        this.production = production;
    }

    public void weeks(Context ctx) {
        Map<String, Object> model = WeeksArchive.model(data.weeks(), ctx.queryParam("quarter"));
        PageMeta meta = WeeksArchive.meta(model, ctx.queryParam("quarter"))
                .describedAs("Every market week of the listed Bitcoin miners: sector market cap and its change, gainers and decliners.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk market weeks", "/weeks"));
        pages.render(ctx, "market/weeks", meta, model);
    }

    public void week(Context ctx) {
        LocalDate weekEnd = data.lookup().canonicalWeek(ctx, MarketPaths::week).orElse(null);
        if (weekEnd == null) {
            return;
        }
        WeekSort sort = WeekSort.parse(ctx.queryParam("sort"))
                .orElseThrow(() -> new BadRequestResponse("Sort by one of ticker, name, open, close, change, shares, volume or cap."));
        boolean ascending = direction(ctx.queryParam("dir"), sort);
        SectorWeek sector = data.weeks().sector(weekEnd).orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = new HashMap<>();
        model.put("sector", sector);
        WeekProgress progress = data.weeks().progress(weekEnd);
        model.put("progress", progress.complete() ? null : progress);
        PageMeta meta = PageMeta.titled("Week ending " + pages.fmt().day(weekEnd) + (progress.complete() ? "" : " (in progress)"))
                .describedAs("The listed Bitcoin miners in the week ending " + pages.fmt().day(weekEnd)
                        + ": sector cap " + pages.fmt().compact(sector.capEnd()) + ", " + sector.gainers() + " gainers and "
                        + sector.decliners() + " decliners.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk market weeks", "/weeks"))
                .sharedAs(ShareImage.weekCard(weekEnd));
        List<CompanyWeek> rows = data.weeks().table(weekEnd, sort, ascending);
        model.put("rows", rows);
        // a week without a previous week has no changes to draw
        model.put("changeChart", rows.stream().noneMatch(r -> r.change() != null) ? null
                : ResponsiveChart.of("chart-week-changes", (id, w) -> MarketCharts.weekChanges(id, rows, sector, w)));
        model.put("sort", sort.param());
        model.put("ascending", ascending);
        model.put("columns", SortLink.columns(weekEnd, sort, ascending));
        model.put("economics", data.economics().week(weekEnd).orElse(null));
        model.put("previousWeek", data.weeks().previousWeekEnd(weekEnd).orElse(null));
        model.put("nextWeek", data.weeks().nextWeekEnd(weekEnd).orElse(null));
        pages.render(ctx, "market/week", meta, model);
    }

    private static boolean direction(String dir, WeekSort sort) {
        if (dir == null || dir.isBlank()) {
            return sort.defaultAscending();
        }
        return switch (dir) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new BadRequestResponse("Direction is asc or desc.");
        };
    }

    public void companies(Context ctx) {
        LocalDate latest = data.weeks().latestShownWeek().orElse(null);
        List<CompanyWeek> rows = latest == null ? List.of() : data.weeks().allCompaniesIn(latest);
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("weekEnd", latest);
        pages.render(ctx, "market/companies", PageMeta.titled("Listed Bitcoin miners")
                .describedAs("The " + rows.size() + " listed Bitcoin-mining companies with their latest weekly close, change, market cap and AI/HPC status."),
                model);
    }

    public void company(Context ctx) {
        Company company = data.lookup().canonicalCompany(ctx, MarketPaths::company).orElse(null);
        if (company == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("company", company);
        PageMeta meta = PageMeta.titled(company.ticker() + " · " + company.name())
                .describedAs(company.name() + " (" + company.ticker() + ", " + company.exchange()
                        + "): weekly share price, market cap and AI/HPC pivot events.")
                .withFeeds(AlternateFeed.rssAndAtom("Minerdesk write-ups on " + company.ticker(), MarketPaths.company(company.ticker())))
                .sharedAs(ShareImage.companyCard(company.ticker()));
        List<CompanyWeek> history = data.companies().weeklyHistory(company, HISTORY_WEEKS);
        model.put("history", history);
        model.put("latest", history.isEmpty() ? null : history.get(0));
        LocalDate last = data.companies().lastTradingDay(company).orElse(null);
        List<DailyRow> days = last == null ? List.of()
                : data.companies().dailyRows(company, MarketWeek.monday(last).minusWeeks(CHART_WEEKS - 1L), last);
        List<DailyBar> bars = days.stream().map(DailyRow::bar).toList();
        List<PivotEvent> pivots = data.pivots().list(company.ticker(), null, 100);
        model.put("days", days);
        model.put("sharesOutstanding", data.companies().sharesOutstanding(company));
        model.put("pivots", pivots);
        model.put("writeups", writeups.newest(company.ticker(), COMPANY_WRITEUPS));
        model.put("filings", filings.newest(company.id(), COMPANY_FILINGS));
        model.put("contracts", contracts.ofCompany(company.id()));
        model.put("production", production.section(company).orElse(null));
        String chartId = "chart-price-" + company.ticker().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
        model.put("priceChart", bars.isEmpty() ? null
                : ResponsiveChart.of(chartId, (id, w) -> MarketCharts.companyPriceLine(id, company, bars, pivots, w)));
        pages.render(ctx, "market/company", meta, model);
    }

    private static String pivotsHref(String ticker, PivotKind kind, int page) {
        List<String> query = new ArrayList<>();
        if (ticker != null) {
            query.add("company=" + ticker);
        }
        if (kind != null) {
            query.add("kind=" + kind.code());
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return "/pivots" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    public void economics(Context ctx) {
        List<EconomicsWeek> weeks = data.economics().weeks(HISTORY_WEEKS);
        Map<String, Object> model = new HashMap<>();
        model.put("weeks", weeks);
        if (!weeks.isEmpty()) {
            List<EconomicsWeek> oldestFirst = new ArrayList<>(weeks);
            Collections.reverse(oldestFirst);
            model.put("costChart", ResponsiveChart.of("chart-btc-cost", (id, w) -> MarketCharts.btcVsCost(id, oldestFirst, w)));
            model.put("hashrateChart", ResponsiveChart.of("chart-hashrate", (id, w) -> MarketCharts.hashrate(id, oldestFirst, w)));
        }
        pages.render(ctx, "market/economics", PageMeta.titled("What it costs to produce one BTC")
                .describedAs("The listed miners' cash and all-in cost per BTC against the BTC price, and their margins, week by week."), model);
    }

    public void pivots(Context ctx) {
        String tickerParam = ctx.queryParam("company");
        String ticker = null;
        if (tickerParam != null && !tickerParam.isBlank()) {
            ticker = data.lookup().company(tickerParam).ticker();
        }
        String kindParam = ctx.queryParam("kind");
        PivotKind kind = null;
        if (kindParam != null && !kindParam.isBlank()) {
            kind = PivotKind.parse(kindParam)
                    .orElseThrow(() -> new BadRequestResponse("Kind is one of lease, hosting, investment, financing, m_and_a, other."));
        }
        int page = Params.page(ctx.queryParam("page"));
        // one more than a page tells whether there is a next page without counting
        List<PivotEvent> events = data.pivots().list(ticker, kind, (page - 1) * PIVOTS_PER_PAGE, PIVOTS_PER_PAGE + 1);
        if (events.isEmpty() && page > 1) {
            throw new NotFoundResponse("There is no page " + page + " of pivot events.");
        }
        Map<String, Object> model = new HashMap<>();
        List<PivotEvent> shown = events.subList(0, Math.min(PIVOTS_PER_PAGE, events.size()));
        model.put("events", shown);
        model.put("pivotContracts", contracts.ofPivotEvents(shown.stream().map(PivotEvent::id).toList()));
        model.put("page", page);
        model.put("nextPage", events.size() > PIVOTS_PER_PAGE ? pivotsHref(ticker, kind, page + 1) : null);
        model.put("previousPage", page > 1 ? pivotsHref(ticker, kind, page - 1) : null);
        model.put("companies", data.companies().all());
        model.put("kinds", PivotKind.all());
        model.put("selectedCompany", ticker == null ? "" : ticker);
        model.put("selectedKind", kind == null ? "" : kind.code());
        pages.render(ctx, "market/pivots", PageMeta.titled("AI/HPC pivot tracker")
                .describedAs("Leases, hosting deals and investments by which listed Bitcoin miners move into AI and HPC data centres, each with its source.")
                .canonicalAt(pivotsHref(ticker, kind, page)), model);
    }
}
