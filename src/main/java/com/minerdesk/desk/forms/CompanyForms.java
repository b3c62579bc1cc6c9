package com.minerdesk.desk.forms;

import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.db.Database;
import com.minerdesk.market.Company;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.Tickers;
import com.minerdesk.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@code /editor/companies}: the list, and the create and edit forms of a company. */
public final class CompanyForms {
    private final Database db;
    private final MarketData market;
    private final DeskPage page;

    public CompanyForms(Database db, MarketData market, DeskPage page) {
        this.db = db;
        this.market = market;
        this.page = page;
    }

    public void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("companies", market.companies().all());
        model.put("saved", ctx.queryParam("saved"));
        page.render(ctx, 200, "desk/companies", PageMeta.titled("Companies (editor)"), model);
    }

    public void newForm(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        CompanyFields.FIELDS.forEach(f -> values.put(f, ""));
        values.put("ai_hpc_status", "none");
        String ticker = Tickers.normalised(ctx.queryParam("ticker"));
        values.put("ticker", ticker == null ? "" : ticker);
        form(ctx, 200, null, values, Map.of());
    }

    public void create(Context ctx) {
        FormCheck form = FormCheck.of(ctx, CompanyFields.FIELDS);
        CompanyFields c = CompanyFields.check(form);
        if (c != null && market.companies().idOf(c.ticker()).isPresent()) {
            form.error("ticker", "A company with ticker " + c.ticker() + " exists already.");
        }
        if (!form.ok() || !save(form, () -> db.writeVoid(tx -> {
            CompanyStore.create(tx, c);
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "company-created", c.ticker() + " · " + c.name());
        }))) {
            form(ctx, 422, null, form.values(), form.errors());
            return;
        }
        ctx.redirect("/editor/companies?saved=" + enc(c.ticker()), HttpStatus.SEE_OTHER);
    }

    public void editForm(Context ctx) {
        Company company = company(ctx);
        form(ctx, 200, company, CompanyFields.valuesOf(company), Map.of());
    }

    public void update(Context ctx) {
        Company company = company(ctx);
        FormCheck form = FormCheck.of(ctx, CompanyFields.FIELDS);
        CompanyFields c = CompanyFields.check(form);
        if (c != null) {
            Optional<Long> holder = market.companies().idOf(c.ticker());
            if (holder.isPresent() && holder.get() != company.id()) {
                form.error("ticker", "Another company has ticker " + c.ticker() + ".");
            }
        }
        if (!form.ok() || !save(form, () -> db.writeVoid(tx -> {
            CompanyStore.update(tx, company.id(), c);
            String renamed = c.ticker().equals(company.ticker()) ? "" : " (was " + company.ticker() + ")";
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "company-updated", c.ticker() + renamed + " · " + c.name());
        }))) {
            form(ctx, 422, company, form.values(), form.errors());
            return;
        }
        ctx.redirect("/editor/companies?saved=" + enc(c.ticker()), HttpStatus.SEE_OTHER);
    }

    /** Runs the write; a ticker taken meanwhile by a concurrent save becomes a form error. */
    private static boolean save(FormCheck form, Runnable write) {
        try {
            write.run();
            return true;
        } catch (IntegrityConstraintViolationException e) {
            form.error("ticker", "A company with this ticker exists already.");
            return false;
        }
    }

    private void form(Context ctx, int status, Company editing, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("editing", editing);
        model.put("form", values);
        model.put("errors", errors);
        model.put("statuses", CompanyFields.STATUSES);
        page.render(ctx, status, "desk/company-form", PageMeta.titled(editing == null ? "New company" : "Edit " + editing.ticker()), model);
    }

    private Company company(Context ctx) {
        return market.lookup().company(ctx.pathParam("ticker"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
