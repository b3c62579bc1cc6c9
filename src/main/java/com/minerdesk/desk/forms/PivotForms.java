package com.minerdesk.desk.forms;

import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.db.Database;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.market.PivotKind;
import com.minerdesk.web.Confirmation;
import com.minerdesk.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /editor/pivots}: the list, and the create, edit and delete forms of an AI/HPC pivot event. */
public final class PivotForms {
    private final Database db;
    private final MarketData market;
    private final DeskPage page;

    public PivotForms(Database db, MarketData market, DeskPage page) {
        this.db = db;
        this.market = market;
        this.page = page;
    }

    public void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("events", market.pivots().all());
        model.put("notice", ctx.queryParam("notice"));
        page.render(ctx, 200, "desk/pivots", PageMeta.titled("Pivot events (editor)"), model);
    }

    public void newForm(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        PivotFields.FIELDS.forEach(f -> values.put(f, ""));
        values.put("date_precision", "day");
        values.put("kind", "lease");
        form(ctx, 200, null, values, Map.of());
    }

    public void create(Context ctx) {
        FormCheck form = FormCheck.of(ctx, PivotFields.FIELDS);
        PivotFields p = PivotFields.check(form, tickers());
        if (p == null) {
            form(ctx, 422, null, form.values(), form.errors());
            return;
        }
        db.writeVoid(tx -> {
            long companyId = new CompanyQueries(tx).idOf(p.ticker()).orElseThrow();
            long id = PivotStore.create(tx, companyId, p);
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "pivot-created", subject(id, p));
        });
        ctx.redirect("/editor/pivots?notice=saved", HttpStatus.SEE_OTHER);
    }

    public void editForm(Context ctx) {
        PivotEvent event = event(ctx);
        form(ctx, 200, event, PivotFields.valuesOf(event), Map.of());
    }

    public void update(Context ctx) {
        PivotEvent event = event(ctx);
        FormCheck form = FormCheck.of(ctx, PivotFields.FIELDS);
        PivotFields p = PivotFields.check(form, tickers());
        if (p == null) {
            form(ctx, 422, event, form.values(), form.errors());
            return;
        }
        db.writeVoid(tx -> {
            PivotStore.update(tx, event.id(), new CompanyQueries(tx).idOf(p.ticker()).orElseThrow(), p);
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "pivot-updated", subject(event.id(), p));
        });
        ctx.redirect("/editor/pivots?notice=saved", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /editor/pivots/{id}/delete}: the event and what deleting it does, before it is done. */
    public void confirmDelete(Context ctx) {
        deleteConfirmation(event(ctx)).render(page.pages(), ctx, 200);
    }

    public void delete(Context ctx) {
        PivotEvent event = event(ctx);
        if (!Confirmation.confirmed(ctx)) {
            deleteConfirmation(event).render(page.pages(), ctx, 200);
            return;
        }
        db.writeVoid(tx -> {
            PivotStore.delete(tx, event.id());
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "pivot-deleted",
                    "pivot " + event.id() + ": " + event.ticker() + " · " + event.counterparty() + " · " + event.date());
        });
        ctx.redirect("/editor/pivots?notice=deleted", HttpStatus.SEE_OTHER);
    }

    private static Confirmation deleteConfirmation(PivotEvent e) {
        return Confirmation.of("Delete the pivot event " + e.ticker() + " · " + e.counterparty() + "?",
                        "/editor/pivots/" + e.id() + "/delete", "Delete the event", "/editor/pivots/" + e.id() + "/edit")
                .crumb("Pivot events", "/editor/pivots").crumb("Delete", null)
                .fact("Company", e.ticker() + " · " + e.companyName()).fact("Date", e.date().toString())
                .fact("Kind", e.kindLabel()).fact("Source", e.sourceName())
                .explain("It leaves the pivots page, the company's page, the pivots download and every write-up that lists it, at once. "
                        + "A contract that links it keeps its terms without the link. "
                        + "The audit log keeps a line about it; the event itself cannot be restored.")
                .dangerous();
    }

    private static String subject(long id, PivotFields p) {
        return "pivot " + id + ": " + p.ticker() + " · " + p.counterparty() + " · " + p.date() + " (source: " + p.sourceName() + ")";
    }

    private Set<String> tickers() {
        return market.companies().all().stream().map(Company::ticker).collect(Collectors.toSet());
    }

    private void form(Context ctx, int status, PivotEvent editing, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("editing", editing);
        model.put("form", values);
        model.put("errors", errors);
        model.put("companies", market.companies().all());
        model.put("kinds", PivotKind.all());
        model.put("precisions", PivotFields.PRECISIONS);
        page.render(ctx, status, "desk/pivot-form", PageMeta.titled(editing == null ? "New pivot event" : "Edit pivot event"), model);
    }

    private PivotEvent event(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such pivot event.");
        }
        return market.pivots().byId(id).orElseThrow(() -> new NotFoundResponse("There is no such pivot event."));
    }
}
