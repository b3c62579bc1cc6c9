package com.minerdesk.contracts;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.db.Database;
import com.minerdesk.market.CompanyContracts;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AI/HPC contracts: {@code /contracts} (the current version of every contract, filtered by
 * status and sorted by the query, with totals by company and by status), {@code /contracts/{REF}}
 * (one contract and its status history) and {@code /contracts.csv}; and, for the market pages, a
 * company's contracts and the contracts a pivot event names.
 */
public final class ContractsFeature implements CompanyContracts {
    private final ContractQueries queries;
    private final MarketData market;
    private final Pages pages;
    private final ContractEditor editor;

    public ContractsFeature(Database db, MarketData market, Pages pages, ClientAddress clientAddress, Clock clock) {
        this.queries = new ContractQueries(db.dsl());
        this.market = market;
        this.pages = pages;
        this.editor = new ContractEditor(db, market, pages, clientAddress, clock);
    }

    public ContractEditor editor() {
        return editor;
    }

    public ContractQueries queries() {
        return queries;
    }

    public void list(Context ctx) {
        ContractStatus status = status(ctx.queryParam("status"));
        ContractSort sort = sort(ctx.queryParam("sort"));
        Map<String, Object> model = new HashMap<>();
        model.put("rows", queries.current(status, sort));
        model.put("byCompany", queries.totalsByCompany());
        model.put("byStatus", queries.totalsByStatus());
        model.put("statuses", ContractStatus.values());
        model.put("selectedStatus", status == null ? "" : status.code());
        model.put("columns", columns(status, sort));
        pages.render(ctx, "contracts/contracts", PageMeta.titled("AI/HPC contracts")
                .describedAs("The listed Bitcoin miners' AI and HPC data-centre contracts: counterparty, megawatts, term, value "
                        + "and status, with totals by company and status, each with its source.")
                .canonicalAt(ContractPaths.list(status, sort)), model);
    }

    public void contract(Context ctx) {
        String asked = ctx.pathParam("ref");
        String ref = asked.toUpperCase(Locale.ROOT);
        List<ContractRow> history = queries.history(ref);
        if (history.isEmpty()) {
            throw new NotFoundResponse("There is no contract " + asked + ".");
        }
        if (!ref.equals(asked)) {
            ctx.redirect(ContractPaths.of(ref), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ContractRow current = history.stream().filter(ContractRow::current).findFirst().orElse(history.get(0));
        Map<String, Object> model = new HashMap<>();
        model.put("contract", current);
        model.put("history", history);
        model.put("pivot", current.pivotEventId() == null ? null : market.pivots().byId(current.pivotEventId()).orElse(null));
        pages.render(ctx, "contracts/contract", PageMeta.titled(ref + ": " + current.ticker() + " and " + current.counterparty())
                .describedAs("The AI/HPC contract of " + current.companyName() + " with " + current.counterparty()
                        + ": its terms and status history, each version with its source."), model);
    }

    public void csv(Context ctx) {
        ContractCsv.send(ctx, queries.current(null, ContractSort.COMPANY));
    }

    @Override
    public List<Link> ofCompany(long companyId) {
        return queries.ofCompany(companyId).stream().map(ContractsFeature::link).toList();
    }

    @Override
    public Map<Long, List<Link>> ofPivotEvents(Collection<Long> pivotEventIds) {
        Map<Long, List<Link>> out = new LinkedHashMap<>();
        if (!pivotEventIds.isEmpty()) {
            queries.ofPivotEvents(pivotEventIds)
                    .forEach(c -> out.computeIfAbsent(c.pivotEventId(), k -> new ArrayList<>()).add(link(c)));
        }
        return out;
    }

    @Override
    public List<Link> statusChangesBetween(LocalDate from, LocalDate to) {
        return queries.statusChangesBetween(from, to).stream().map(ContractsFeature::link).toList();
    }

    static Link link(ContractRow c) {
        ContractTerms t = c.terms();
        return new Link(c.ref(), c.ticker(), c.counterparty(), t.statusLabel(), t.statusDate(), c.version(), t.criticalItMw(),
                t.grossMw(), t.valueUsd(), t.sourceUrl(), t.sample(), ContractPaths.of(c.ref()));
    }

    private static List<ContractPaths.Column> columns(ContractStatus status, ContractSort sort) {
        List<ContractPaths.Column> out = new ArrayList<>();
        for (ContractSort s : ContractSort.values()) {
            out.add(new ContractPaths.Column(s.code(), s.label(), ContractPaths.list(status, s), s == sort));
        }
        return out;
    }

    private static ContractStatus status(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        return ContractStatus.byCode(param.trim())
                .orElseThrow(() -> new BadRequestResponse("Status is one of " + String.join(", ", ContractStatus.codes()) + "."));
    }

    private static ContractSort sort(String param) {
        if (param == null || param.isBlank()) {
            return ContractSort.STATUS_DATE;
        }
        return ContractSort.byCode(param.trim()).orElseThrow(() -> new BadRequestResponse("Sort by one of "
                + String.join(", ", java.util.Arrays.stream(ContractSort.values()).map(ContractSort::code).toList()) + "."));
    }
}
