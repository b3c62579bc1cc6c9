package com.minerdesk.production;

import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.LedgerSave;
import com.minerdesk.filings.FilingsFeature;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.Tickers;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code /editor/production/new}: one company-month's report, checked by the import's rules and
 * saved as a new version (an edit of a stored month is a restatement) with an import-log entry of
 * its own. Pre-filled from the query (ticker, month, source_url, accession, published), as the links
 * from the current reports (8-K, 6-K) listed under the form do; a stored month fills the rest.
 */
public final class ProductionForm {
    static final int FILINGS_LISTED = 20;
    private static final List<String> FROM_QUERY = List.of("ticker", "month", "source_url", "accession", "published");
    private final Database db;
    private final MarketData market;
    private final Pages pages;
    private final Clock clock;
    private final IntFunction<List<FilingsFeature.CurrentReport>> currentReports;

    public ProductionForm(Database db, MarketData market, Pages pages, Clock clock,
            IntFunction<List<FilingsFeature.CurrentReport>> currentReports) {
        this.db = db;
        this.market = market;
        this.pages = pages;
        this.clock = clock;
        this.currentReports = currentReports;
    }

    public void show(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ProductionCsv.HEADER.forEach(f -> values.put(f, ""));
        stored(ctx.queryParam("ticker"), ctx.queryParam("month")).ifPresent(r -> fill(values, r));
        for (String f : FROM_QUERY) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) {
                values.put(f, v.trim());
            }
        }
        render(ctx, 200, values, Map.of(), ctx.queryParam("saved"));
    }

    public void save(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ProductionCsv.HEADER.forEach(f -> values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("").trim()));
        Map<String, String> errors = new HashMap<>();
        MonthlyReportsRecord report = MonthlyReportReader.read(values::get, market.companies().idsByTicker(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), errors::putIfAbsent);
        if (report == null) {
            render(ctx, 422, values, errors, null);
            return;
        }
        CurrentUser editor = Access.user(ctx);
        LedgerSave.form(db, clock, new ImportActor(editor.id(), editor.name()), MonthlyReportKind.KIND, report);
        ctx.redirect("/editor/production/new?saved=" + values.get("ticker").toUpperCase(java.util.Locale.ROOT) + "+"
                + values.get("month"), HttpStatus.SEE_OTHER);
    }

    private Optional<MonthlyReportsRecord> stored(String ticker, String month) {
        String t = Tickers.normalised(ticker);
        if (t == null || month == null || !month.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            YearMonth m = YearMonth.parse(month);
            return market.companies().idOf(t).flatMap(id -> new ProductionQueries(db.dsl()).company(id).stream()
                    .map(CompanyMonth::report).filter(r -> YearMonth.from(r.getReportMonth()).equals(m)).findFirst());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void fill(Map<String, String> values, MonthlyReportsRecord r) {
        List<?> row = ProductionCsv.row("", r);
        for (int i = 2; i < ProductionCsv.HEADER.size(); i++) {
            values.put(ProductionCsv.HEADER.get(i), row.get(i) == null ? "" : row.get(i).toString());
        }
    }

    private void render(Context ctx, int status, Map<String, String> values, Map<String, String> errors, String saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("saved", saved);
        model.put("companies", market.companies().all());
        model.put("filings", currentReports.apply(FILINGS_LISTED));
        ctx.status(status);
        pages.render(ctx, "production/form", PageMeta.titled("Enter monthly figures"), model);
    }

}
