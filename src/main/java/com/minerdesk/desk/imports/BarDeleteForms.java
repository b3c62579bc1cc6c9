package com.minerdesk.desk.imports;

import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.accounts.Access;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import io.javalin.http.BadRequestResponse;
import com.minerdesk.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * {@code /editor/bars/delete}: deletes the daily bars of one company between two dates in two steps,
 * a preview of the rows and a confirmation. The deletion is an entry of the import log and can be
 * rolled back there.
 */
public final class BarDeleteForms {
    static final List<String> FIELDS = List.of("ticker", "from", "to");
    private final Database db;
    private final BarDeletion deletion;
    private final DeskPage page;

    public BarDeleteForms(Database db, BarDeletion deletion, DeskPage page) {
        this.db = db;
        this.deletion = deletion;
        this.page = page;
    }

    /** GET: the empty form. */
    public void form(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        render(ctx, 200, values, Map.of(), null, null);
    }

    /** POST: {@code mode=preview} lists the bars, {@code mode=confirm} deletes them if they are still the previewed ones. */
    public void submit(Context ctx) {
        String mode = ctx.formParam("mode");
        if (!"preview".equals(mode) && !"confirm".equals(mode)) {
            throw new BadRequestResponse("Choose Preview or Delete.");
        }
        FormCheck form = FormCheck.of(ctx, FIELDS);
        Map<String, Long> ids = new CompanyQueries(db.dsl()).idsByTicker();
        String ticker = form.oneOf("ticker", new TreeSet<>(ids.keySet()));
        LocalDate from = form.date("from");
        LocalDate to = form.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            form.error("to", "The last date must not be before the first.");
        }
        if (!form.ok()) {
            render(ctx, 422, form.values(), form.errors(), null, null);
            return;
        }
        long companyId = ids.get(ticker);
        List<StoredBar> bars = deletion.preview(companyId, from, to);
        if (bars.isEmpty()) {
            render(ctx, 422, form.values(), Map.of("to", ticker + " has no bars from " + from + " to " + to + "."), null, null);
            return;
        }
        if ("preview".equals(mode)) {
            render(ctx, 200, form.values(), Map.of(), bars, null);
            return;
        }
        int expected = expected(ctx.formParam("expected"));
        CurrentUser editor = Access.user(ctx);
        OptionalLong id = deletion.delete(companyId, from, to, expected, new ImportActor(editor.id(), editor.name()),
                (tx, deleted) -> Audit.record(tx, page.now(), editor, page.clientIp(ctx), "bars-deleted", "daily bars of " + ticker
                        + " from " + from + " to " + to + ": " + deleted.size() + " deleted"));
        if (id.isEmpty()) {
            render(ctx, 409, form.values(), Map.of(), bars,
                    "The bars of " + ticker + " in this range changed since the preview (" + expected + " then, "
                            + bars.size() + " now). Check the list again before deleting.");
            return;
        }
        ctx.redirect("/editor/imports?done=" + id.getAsLong(), HttpStatus.SEE_OTHER);
    }

    private static int expected(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Preview the deletion first, then confirm it.");
        }
    }

    private void render(Context ctx, int status, Map<String, String> values, Map<String, String> errors,
            List<StoredBar> bars, String conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("tickers", new TreeSet<>(new CompanyQueries(db.dsl()).idsByTicker().keySet()));
        model.put("bars", bars == null ? null : bars.stream().limit(ImportPlan.SAMPLE).map(StoredBar::bar).toList());
        model.put("barCount", bars == null ? 0 : bars.size());
        model.put("conflict", conflict);
        page.render(ctx, status, "desk/bars-delete", PageMeta.titled("Delete bars"), model);
    }
}
