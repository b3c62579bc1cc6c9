package com.minerdesk.exports;

import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvNumbers;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvNumbers;
import com.minerdesk.db.Database;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.market.SectorMetric;
import com.minerdesk.market.WeekSort;
import com.minerdesk.market.WeekSummary;
import com.minerdesk.web.Fmt;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public CSV downloads of every table page. Daily bars and sector metrics are written in the
 * import format, so a download can be imported again unchanged. Registered before the market
 * pages: Javalin takes the first route that matches, and {@code /weeks/{date}} would also match
 * {@code /weeks/2025-11-28.csv}.
 */
public final class CsvExports {
    private final MarketData market;
    private final Database db;

    public CsvExports(MarketData market, Database db) {
        this.market = market;
        this.db = db;
    }

    public void weeks(Context ctx) {
        List<List<?>> rows = new ArrayList<>();
        for (WeekSummary w : market.weeks().allWeeks()) {
            rows.add(Arrays.asList(w.weekEnd(), w.firstDay(), w.tradingDays(), w.companies(), w.compared(), w.capStart(),
                    w.capEndCompared(), w.capEnd(), Fmt.plainPct(w.capChangePct()), w.gainers(), w.decliners()));
        }
        // the change is like with like: cap_end_compared over cap_start_compared, over companies_compared
        CsvDownload.send(ctx, "minerdesk-weeks.csv", List.of("week_end", "first_day", "trading_days", "companies",
                "companies_compared", "cap_start_compared", "cap_end_compared", "cap_end", "cap_change_pct", "gainers",
                "decliners"), rows);
    }

    public void week(Context ctx) {
        LocalDate weekEnd = market.lookup().canonicalWeek(ctx, MarketPaths::weekCsv).orElse(null);
        if (weekEnd == null) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (CompanyWeek w : market.weeks().table(weekEnd, WeekSort.TICKER, true)) {
            rows.add(Arrays.asList(weekEnd, w.ticker(), CsvNumbers.amount(w.open()), CsvNumbers.amount(w.previousClose()),
                    CsvNumbers.amount(w.close()), Fmt.plainPct(w.change()), CsvNumbers.whole(w.shares()),
                    CsvNumbers.whole(w.dollarVolume()), w.marketCap(), capSource(w)));
        }
        CsvDownload.send(ctx, "minerdesk-week-" + weekEnd + ".csv",
                List.of("week_end", "ticker", "open", "previous_close", "close", "change_pct", "shares_traded",
                        "dollar_volume", "market_cap", "market_cap_source"), rows);
    }

    public void companies(Context ctx) {
        LocalDate latest = market.weeks().latestShownWeek().orElse(null);
        Map<String, CompanyWeek> figures = new HashMap<>();
        if (latest != null) {
            market.weeks().allCompaniesIn(latest).forEach(w -> figures.put(w.ticker(), w));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Company c : market.companies().all()) {
            CompanyWeek w = figures.get(c.ticker());
            boolean traded = w != null && w.hasData();
            rows.add(Arrays.asList(c.ticker(), c.name(), c.exchange(), c.country(), c.website(), c.aiHpcStatus().code(),
                    traded ? w.weekEnd() : null, traded ? CsvNumbers.amount(w.close()) : null,
                    traded ? Fmt.plainPct(w.change()) : null, traded ? w.marketCap() : null, traded ? capSource(w) : null));
        }
        CsvDownload.send(ctx, "minerdesk-companies.csv", List.of("ticker", "name", "exchange", "country", "website",
                "ai_hpc_status", "week_end", "close", "change_pct", "market_cap", "market_cap_source"), rows);
    }

    public void company(Context ctx) {
        Company company = market.lookup().canonicalCompany(ctx, MarketPaths::companyCsv).orElse(null);
        if (company == null) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (DailyBar b : market.companies().allDailyBars(company)) {
            // a cap computed from the shares outstanding stays empty, as in the file that left it out
            rows.add(Arrays.asList(b.date(), company.ticker(), CsvNumbers.amount(b.open()), CsvNumbers.amount(b.high()),
                    CsvNumbers.amount(b.low()), CsvNumbers.amount(b.close()), b.shares(), b.marketCap()));
        }
        CsvDownload.send(ctx, "minerdesk-" + company.ticker() + "-daily.csv", CsvKind.DAILY_BARS.header(), rows);
    }

    /** "imported" or "computed" (close × shares outstanding); empty without a cap. */
    private static String capSource(CompanyWeek w) {
        return w.marketCap() == null ? null : w.capComputed() ? "computed" : "imported";
    }

    public void pivots(Context ctx) {
        List<List<?>> rows = new ArrayList<>();
        for (PivotEvent e : market.pivots().all()) {
            rows.add(Arrays.asList(e.date(), e.datePrecision(), e.ticker(), e.counterparty(), e.kind(), e.amountUsd(),
                    e.capacityMw() == null ? null : e.capacityMw().toPlainString(), e.summary(), e.sourceName(),
                    e.sourceUrl()));
        }
        CsvDownload.send(ctx, "minerdesk-pivots.csv", List.of("date", "date_precision", "ticker", "counterparty", "kind",
                "amount_usd", "capacity_mw", "summary", "source_name", "source_url"), rows);
    }

    public void economics(Context ctx) {
        List<List<?>> rows = new ArrayList<>();
        for (SectorMetric m : market.metrics().all()) {
            rows.add(List.of(m.date(), CsvNumbers.amount(m.btcPrice()), CsvNumbers.amount(m.hashrateEhs()),
                    CsvNumbers.amount(m.cashCost()), CsvNumbers.amount(m.allinCost())));
        }
        CsvDownload.send(ctx, "minerdesk-sector-metrics.csv", CsvKind.SECTOR_METRICS.header(), rows);
    }
}
