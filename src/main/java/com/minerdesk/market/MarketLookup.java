package com.minerdesk.market;

import com.minerdesk.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The company or market week a request names, for every page, feed and download of one: a ticker
 * in any letter case, a week by any of its days. Unknown ones are a 404; a GET under another
 * spelling than the canonical address is redirected there (301, query kept) and answers empty.
 */
public final class MarketLookup {
    private final MarketData market;

    public MarketLookup(MarketData market) {
        this.market = market;
    }

    /** The company of {@code rawTicker} in any letter case; 404 otherwise. */
    public Company company(String rawTicker) {
        String ticker = Tickers.normalised(rawTicker);
        if (ticker == null) {
            throw new NotFoundResponse("There is no company with that ticker.");
        }
        return market.companies().byTicker(ticker)
                .orElseThrow(() -> new NotFoundResponse("There is no company with ticker " + ticker + "."));
    }

    /** The company of the {@code {ticker}} path parameter, or empty after redirecting to {@code pathOf} its ticker. */
    public Optional<Company> canonicalCompany(Context ctx, Function<String, String> pathOf) {
        String raw = ctx.pathParam("ticker");
        Company company = company(raw);
        if (!company.ticker().equals(raw)) {
            redirect(ctx, pathOf.apply(company.ticker()));
            return Optional.empty();
        }
        return Optional.of(company);
    }

    /** The week of the {@code {date}} path parameter, or empty after redirecting to {@code pathOf} its last trading day. */
    public Optional<LocalDate> canonicalWeek(Context ctx, Function<LocalDate, String> pathOf) {
        LocalDate day = Params.isoDate(ctx.pathParam("date"));
        LocalDate weekEnd = market.weeks().weekEndOf(day)
                .orElseThrow(() -> new NotFoundResponse("There is no market data for the week of " + day + "."));
        if (!weekEnd.equals(day)) {
            redirect(ctx, pathOf.apply(weekEnd));
            return Optional.empty();
        }
        return Optional.of(weekEnd);
    }

    private static void redirect(Context ctx, String path) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.redirect(path + query, HttpStatus.MOVED_PERMANENTLY);
    }
}
