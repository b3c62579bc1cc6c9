package com.minerdesk.desk.forms;

import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.desk.imports.MarketChanges;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.SharesOutstanding;
import com.minerdesk.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@code /editor/shares}: a company's shares outstanding from a date on, with its source. The
 * market caps of bars imported without one are computed from it (close × shares in force that day).
 * Every save and deletion is audited with the figure it replaced; the change journal of the import
 * log holds bars and metrics only, so these are not rolled back from there.
 */
public final class SharesForms {
    static final List<String> FIELDS = List.of("ticker", "as_of", "shares", "source");
    private static final int LATEST = 50;
    private final Database db;
    private final MarketData market;
    private final DeskPage page;

    public SharesForms(Database db, MarketData market, DeskPage page) {
        this.db = db;
        this.market = market;
        this.page = page;
    }

    public void show(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        String ticker = ctx.queryParam("ticker");
        if (ticker != null && market.companies().idOf(ticker).isPresent()) {
            values.put("ticker", ticker);
        }
        render(ctx, 200, values, Map.of());
    }

    public void save(Context ctx) {
        FormCheck form = FormCheck.of(ctx, FIELDS);
        String ticker = form.oneOf("ticker", tickers());
        LocalDate asOf = form.date("as_of");
        Long shares = form.optionalWhole("shares");
        if (shares == null && form.errors().get("shares") == null) {
            form.error("shares", "This field is required.");
        } else if (shares != null && shares == 0) {
            form.error("shares", "The number of shares must be above zero.");
        }
        String source = form.required("source", 300);
        if (!form.ok()) {
            render(ctx, 422, form.values(), form.errors());
            return;
        }
        CurrentUser editor = Access.user(ctx);
        db.writeVoid(tx -> {
            CompanyQueries companies = new CompanyQueries(tx);
            long companyId = companies.idOf(ticker).orElseThrow();
            Optional<SharesOutstanding> old = companies.sharesOutstanding(companyId, asOf);
            SharesStore.upsert(tx, companyId, asOf, shares, source);
            OffsetDateTime now = page.now();
            recordChange(tx, companies, ticker, asOf, now);
            Audit.record(tx, now, editor, page.clientIp(ctx), old.isPresent() ? "shares-updated" : "shares-created",
                    ticker + " shares outstanding from " + asOf + ": " + shares + " (" + source + ")"
                            + old.map(o -> "; was " + o.shares() + " (" + o.source() + ")").orElse(""));
        });
        ctx.redirect("/editor/shares?ticker=" + ticker + "&saved=1", HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        FormCheck form = FormCheck.of(ctx, List.of("ticker", "as_of"));
        String ticker = form.oneOf("ticker", tickers());
        LocalDate asOf = form.date("as_of");
        if (!form.ok()) {
            render(ctx, 422, Map.of("ticker", "", "as_of", "", "shares", "", "source", ""), form.errors());
            return;
        }
        CurrentUser editor = Access.user(ctx);
        boolean deleted = db.write(tx -> {
            CompanyQueries companies = new CompanyQueries(tx);
            long companyId = companies.idOf(ticker).orElseThrow();
            Optional<SharesOutstanding> old = companies.sharesOutstanding(companyId, asOf);
            if (old.isEmpty()) {
                return false;
            }
            SharesStore.delete(tx, companyId, asOf);
            OffsetDateTime now = page.now();
            recordChange(tx, companies, ticker, asOf, now);
            Audit.record(tx, now, editor, page.clientIp(ctx), "shares-deleted",
                    ticker + " shares outstanding from " + asOf + ": was " + old.get().shares() + " (" + old.get().source() + ")");
            return true;
        });
        if (!deleted) {
            render(ctx, 404, Map.of("ticker", ticker, "as_of", "", "shares", "", "source", ""),
                    Map.of("as_of", ticker + " has no shares-outstanding figure dated " + asOf + "."));
            return;
        }
        ctx.redirect("/editor/shares?ticker=" + ticker + "&deleted=1", HttpStatus.SEE_OTHER);
    }

    /** The caps computed from this figure change from its date to the company's last bar: stored checks of those weeks are redone. */
    private static void recordChange(DSLContext tx, CompanyQueries companies, String ticker, LocalDate asOf, OffsetDateTime now) {
        Company company = companies.byTicker(ticker).orElseThrow();
        LocalDate last = companies.lastTradingDay(company).filter(d -> d.isAfter(asOf)).orElse(asOf);
        MarketChanges.record(tx, asOf, last, now);
    }

    private List<String> tickers() {
        return market.companies().all().stream().map(Company::ticker).toList();
    }

    private void render(Context ctx, int status, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("saved", "1".equals(ctx.queryParam("saved")));
        model.put("deleted", "1".equals(ctx.queryParam("deleted")));
        model.put("companies", market.companies().all());
        model.put("latest", market.companies().latestSharesOutstanding(LATEST));
        page.render(ctx, status, "desk/shares", PageMeta.titled("Shares outstanding"), model);
    }
}
