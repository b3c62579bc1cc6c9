package com.minerdesk.desk.forms;

import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.desk.imports.ChangeJournal;
import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvNumbers;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportLog;
import com.minerdesk.desk.imports.MarketChanges;
import com.minerdesk.desk.imports.MetricStore;
import com.minerdesk.desk.imports.ChangeJournal;
import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.CsvNumbers;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.desk.imports.ImportLog;
import com.minerdesk.desk.imports.MarketChanges;
import com.minerdesk.desk.imports.MetricStore;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.market.MetricQueries;
import com.minerdesk.market.SectorMetric;
import com.minerdesk.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /editor/metrics}: the sector metrics of one date (BTC price, hash rate, cost per BTC), and the latest dates. */
public final class MetricForms {
    static final List<String> FIELDS = List.of("date", "btc_price", "hashrate_ehs", "cash_cost_per_btc", "allin_cost_per_btc");
    private static final int LATEST = 30;
    private final Database db;
    private final DeskPage page;
    private final MetricQueries metrics;

    public MetricForms(Database db, DeskPage page) {
        this.db = db;
        this.page = page;
        this.metrics = new MetricQueries(db.dsl());
    }

    public void show(Context ctx) {
        String dateParam = ctx.queryParam("date");
        LocalDate date = dateParam == null || dateParam.isBlank() ? null : Params.isoDate(dateParam);
        Optional<SectorMetric> stored = date == null ? Optional.empty() : metrics.on(date);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", date == null ? "" : date.toString());
        values.put("btc_price", stored.map(m -> CsvNumbers.amount(m.btcPrice())).orElse(""));
        values.put("hashrate_ehs", stored.map(m -> CsvNumbers.amount(m.hashrateEhs())).orElse(""));
        values.put("cash_cost_per_btc", stored.map(m -> CsvNumbers.amount(m.cashCost())).orElse(""));
        values.put("allin_cost_per_btc", stored.map(m -> CsvNumbers.amount(m.allinCost())).orElse(""));
        render(ctx, 200, values, Map.of(), stored.isPresent());
    }

    public void save(Context ctx) {
        FormCheck form = FormCheck.of(ctx, FIELDS);
        LocalDate date = form.date("date");
        SectorMetric m = new SectorMetric(date, form.positive("btc_price", 18, 2), form.positive("hashrate_ehs", 12, 2),
                form.positive("cash_cost_per_btc", 18, 2), form.positive("allin_cost_per_btc", 18, 2));
        if (!form.ok()) {
            render(ctx, 422, form.values(), form.errors(), false);
            return;
        }
        CurrentUser editor = Access.user(ctx);
        db.writeVoid(tx -> {
            Optional<SectorMetric> old = new MetricQueries(tx).on(date);
            boolean existed = old.isPresent();
            MetricStore.upsert(tx, List.of(m));
            OffsetDateTime now = page.now();
            MarketChanges.record(tx, date, date, now);
            // logged like an import, so that it can be rolled back and an earlier import on this date is not
            long entry = ImportLog.recordChange(tx, new ImportActor(editor.id(), editor.name()), ChangeOperation.FORM,
                    CsvKind.SECTOR_METRICS, existed ? 0 : 1, existed ? 1 : 0, date, date, now);
            ChangeJournal.metrics(tx, entry, List.of(date), old.map(o -> Map.of(date, o)).orElse(Map.of()));
            Audit.record(tx, page.now(), editor, page.clientIp(ctx), existed ? "metrics-updated" : "metrics-created",
                    "sector metrics " + date + ": BTC " + m.btcPrice().toPlainString() + ", cash cost "
                            + m.cashCost().toPlainString() + ", all-in " + m.allinCost().toPlainString());
        });
        ctx.redirect("/editor/metrics?date=" + date + "&saved=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, Map<String, String> values, Map<String, String> errors, boolean stored) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("stored", stored);
        model.put("saved", "1".equals(ctx.queryParam("saved")));
        model.put("latest", metrics.latest(LATEST));
        page.render(ctx, status, "desk/metrics", PageMeta.titled("Sector metrics"), model);
    }
}
