package com.minerdesk.contracts;

import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The editor's contract forms: {@code /editor/contracts} (the list), {@code /editor/contracts/new}
 * (a contract with its first version) and {@code /editor/contracts/{REF}/version} (a status change
 * or restated terms: a new version). Each save is an entry of the import log; a wrong field is
 * answered with 422 and its message, and nothing is saved.
 */
public final class ContractEditor {
    private final Database db;
    private final MarketData market;
    private final ContractQueries queries;
    private final Pages pages;
    private final ClientAddress clientAddress;
    private final Clock clock;

    public ContractEditor(Database db, MarketData market, Pages pages, ClientAddress clientAddress, Clock clock) {
        this.db = db;
        this.market = market;
        this.queries = new ContractQueries(db.dsl());
        this.pages = pages;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    public void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("rows", queries.current(null, ContractSort.COMPANY));
        model.put("notice", ctx.queryParam("notice"));
        render(ctx, 200, "contracts/editor-list", "AI/HPC contracts (editor)", model);
    }

    public void newForm(Context ctx) {
        form(ctx, 200, null, ContractForm.blank(), Map.of());
    }

    public void create(Context ctx) {
        FormCheck form = FormCheck.of(ctx, ContractForm.allFields());
        ContractForm.Identity identity = ContractForm.identity(form);
        ContractTerms terms = ContractForm.terms(form, today());
        Long companyId = identity.ticker().isEmpty() ? null : new CompanyQueries(db.dsl()).idOf(identity.ticker()).orElse(null);
        if (companyId == null && !identity.ticker().isEmpty()) {
            form.error("ticker", "There is no company " + identity.ticker() + ".");
        }
        if (identity.ref() != null && queries.currentByRef(identity.ref()).isPresent()) {
            form.error("ref", identity.ref() + " exists already: add a version to it instead.");
        }
        checkPivot(form, identity, companyId);
        if (!form.ok() || terms == null) {
            form(ctx, 422, null, form.values(), form.errors());
            return;
        }
        save(ctx, "contract-created", identity.ref(), terms, true, (tx, entry, at) -> ContractLedger.create(tx, entry, at,
                companyId, identity.ref(), identity.counterparty(), identity.pivotEventId(), terms));
    }

    public void versionForm(Context ctx) {
        ContractRow c = contract(ctx);
        form(ctx, 200, c, ContractForm.valuesOf(c), Map.of());
    }

    public void addVersion(Context ctx) {
        ContractRow c = contract(ctx);
        FormCheck form = FormCheck.of(ctx, ContractForm.TERMS);
        ContractTerms terms = ContractForm.terms(form, today());
        if (terms != null && !ContractLedger.wouldChange(db.dsl(), c.id(), terms)) {
            form.error("status", "These are the current terms and source: change the status, a figure or the source to add a version.");
        }
        if (!form.ok()) {
            form(ctx, 422, c, form.values(), form.errors());
            return;
        }
        save(ctx, "contract-version-added", c.ref(), terms, false,
                (tx, entry, at) -> ContractLedger.restate(tx, entry, at, c.id(), terms));
    }

    /** What a save writes besides its log entry and audit line. */
    @FunctionalInterface
    private interface Write {
        void apply(DSLContext tx, long entryId, OffsetDateTime at);
    }

    /** One save: its entry in the import log, the write and the audit line in one transaction, then the contract's page. */
    private void save(Context ctx, String action, String ref, ContractTerms terms, boolean added, Write write) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CurrentUser user = Access.user(ctx);
        db.writeVoid(tx -> {
            long entry = ContractLedger.formEntry(tx, actor(user), added, terms.statusDate(), now);
            write.apply(tx, entry, now);
            Audit.record(tx, now, user, clientAddress.of(ctx), action, subject(ref, terms));
        });
        ctx.redirect(ContractPaths.of(ref), HttpStatus.SEE_OTHER);
    }

    /** A linked pivot event must exist and be the same company's. */
    private void checkPivot(FormCheck form, ContractForm.Identity identity, Long companyId) {
        if (identity.pivotEventId() == null) {
            return;
        }
        Optional<PivotEvent> e = market.pivots().byId(identity.pivotEventId());
        if (e.isEmpty()) {
            form.error("pivot_event_id", "There is no such pivot event.");
        } else if (companyId != null && !e.get().ticker().equals(identity.ticker())) {
            form.error("pivot_event_id", "That pivot event is " + e.get().ticker() + "'s, not " + identity.ticker() + "'s.");
        }
    }

    private ContractRow contract(Context ctx) {
        String ref = ctx.pathParam("ref").toUpperCase(Locale.ROOT);
        return queries.currentByRef(ref).orElseThrow(() -> new NotFoundResponse("There is no contract " + ref + "."));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ImportActor actor(CurrentUser user) {
        return new ImportActor(user.id(), user.name());
    }

    private static String subject(String ref, ContractTerms t) {
        return "contract " + ref + ": " + t.statusLabel() + " " + t.statusDate() + " (source: " + t.sourceUrl() + ")";
    }

    private void form(Context ctx, int status, ContractRow editing, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("editing", editing);
        model.put("form", values);
        model.put("errors", errors);
        model.put("companies", market.companies().all());
        model.put("pivots", market.pivots().all());
        model.put("statuses", ContractStatus.values());
        render(ctx, status, "contracts/form", editing == null ? "New AI/HPC contract" : "New version of " + editing.ref(), model);
    }

    private void render(Context ctx, int status, String template, String title, Map<String, ?> model) {
        ctx.status(status);
        pages.render(ctx, template, PageMeta.titled(title), model);
    }
}
