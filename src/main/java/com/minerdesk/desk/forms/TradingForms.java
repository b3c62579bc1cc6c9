package com.minerdesk.desk.forms;

import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.db.Database;
import com.minerdesk.desk.DeskPage;
import com.minerdesk.desk.FormCheck;
import com.minerdesk.market.Company;
import com.minerdesk.market.ExchangeCalendar;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.Tickers;
import com.minerdesk.market.TradingStatusQueries;
import com.minerdesk.web.PageMeta;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /editor/trading}: the days a listed company did not trade although the exchange was open (with
 * the reason, so that the known gap does not hold its week open), and when a company is listed.
 */
public final class TradingForms {
    static final List<String> MARK_FIELDS = List.of("ticker", "from", "until", "reason");
    static final List<String> LISTING_FIELDS = List.of("listing_ticker", "listed_from", "listed_until");
    /** At most a year of marks at once: longer gaps are a listing that ended. */
    static final int MAX_MARKED_DAYS = 366;
    private static final int SHOWN_MARKS = 50;
    private final Database db;
    private final MarketData market;
    private final DeskPage page;

    public TradingForms(Database db, MarketData market, DeskPage page) {
        this.db = db;
        this.market = market;
        this.page = page;
    }

    public void show(Context ctx) {
        render(ctx, 200, blank(MARK_FIELDS), blank(LISTING_FIELDS), Map.of());
    }

    public void mark(Context ctx) {
        FormCheck form = FormCheck.of(ctx, MARK_FIELDS);
        Optional<Company> company = company(form, "ticker");
        LocalDate from = form.date("from");
        LocalDate until = Optional.ofNullable(form.optionalDate("until")).orElse(from);
        String reason = form.required("reason", 300);
        List<LocalDate> days = List.of();
        if (from != null && until != null) {
            if (until.isBefore(from)) {
                form.error("until", "The last day is before the first.");
            } else if (until.toEpochDay() - from.toEpochDay() >= MAX_MARKED_DAYS) {
                form.error("until", "At most " + MAX_MARKED_DAYS + " days at once; for a delisting set the listing dates below.");
            } else {
                days = tradingDays(from, until);
                if (days.isEmpty()) {
                    form.error("from", "The exchange is closed on every day from " + from + " to " + until + ".");
                }
            }
        }
        if (company.isPresent() && !days.isEmpty()) {
            List<LocalDate> traded = new TradingStatusQueries(db.dsl()).barDays(company.get().id(), days.get(0),
                    days.get(days.size() - 1)).stream().filter(days::contains).toList();
            if (!traded.isEmpty()) {
                form.error("from", company.get().ticker() + " has bars on " + join(traded)
                        + ": a company that traded is not marked as not trading.");
            }
        }
        if (!form.ok()) {
            render(ctx, 422, form.values(), blank(LISTING_FIELDS), form.errors());
            return;
        }
        List<LocalDate> marked = days;
        db.writeVoid(tx -> {
            TradingStore.mark(tx, company.get().id(), marked, reason, page.now());
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "not-trading-marked",
                    company.get().ticker() + " " + marked.get(0) + " – " + marked.get(marked.size() - 1) + ": " + reason);
        });
        ctx.redirect("/editor/trading?marked=" + company.get().ticker(), HttpStatus.SEE_OTHER);
    }

    public void unmark(Context ctx) {
        FormCheck form = FormCheck.of(ctx, List.of("ticker", "date"));
        Optional<Company> company = company(form, "ticker");
        LocalDate day = form.date("date");
        if (!form.ok()) {
            render(ctx, 422, blank(MARK_FIELDS), blank(LISTING_FIELDS), form.errors());
            return;
        }
        db.writeVoid(tx -> {
            if (TradingStore.unmark(tx, company.get().id(), day)) {
                Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "not-trading-removed",
                        company.get().ticker() + " " + day);
            }
        });
        ctx.redirect("/editor/trading", HttpStatus.SEE_OTHER);
    }

    public void listing(Context ctx) {
        FormCheck form = FormCheck.of(ctx, LISTING_FIELDS);
        Optional<Company> company = company(form, "listing_ticker");
        LocalDate from = form.optionalDate("listed_from");
        LocalDate until = form.optionalDate("listed_until");
        if (from != null && until != null && until.isBefore(from)) {
            form.error("listed_until", "The listing ends before it starts.");
        }
        if (!form.ok()) {
            render(ctx, 422, blank(MARK_FIELDS), form.values(), form.errors());
            return;
        }
        db.writeVoid(tx -> {
            TradingStore.listing(tx, company.get().id(), from, until);
            Audit.record(tx, page.now(), Access.user(ctx), page.clientIp(ctx), "listing-dates-set",
                    company.get().ticker() + " listed from " + (from == null ? "before the data" : from)
                            + " until " + (until == null ? "now" : until));
        });
        ctx.redirect("/editor/trading?listed=" + company.get().ticker(), HttpStatus.SEE_OTHER);
    }

    private Optional<Company> company(FormCheck form, String field) {
        String raw = form.required(field, 12);
        if (raw == null) {
            return Optional.empty();
        }
        String ticker = Tickers.normalised(raw);
        Optional<Company> company = ticker == null ? Optional.empty() : market.companies().byTicker(ticker);
        if (company.isEmpty()) {
            form.error(field, "There is no company with ticker " + raw + ".");
        }
        return company;
    }

    private static List<LocalDate> tradingDays(LocalDate from, LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            if (ExchangeCalendar.us().isTradingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static String join(List<LocalDate> days) {
        return String.join(", ", days.stream().limit(5).map(LocalDate::toString).toList()) + (days.size() > 5 ? ", …" : "");
    }

    private static Map<String, String> blank(List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f, ""));
        return values;
    }

    private void render(Context ctx, int status, Map<String, String> mark, Map<String, String> listing, Map<String, String> errors) {
        TradingStatusQueries queries = new TradingStatusQueries(db.dsl());
        Map<String, Object> model = new HashMap<>();
        model.put("mark", mark);
        model.put("listing", listing);
        model.put("errors", errors);
        model.put("marked", ctx.queryParam("marked"));
        model.put("listed", ctx.queryParam("listed"));
        model.put("marks", queries.marks(SHOWN_MARKS));
        model.put("listings", queries.datedListings());
        model.put("companies", market.companies().all());
        page.render(ctx, status, "desk/trading", PageMeta.titled("Trading status"), model);
    }
}
