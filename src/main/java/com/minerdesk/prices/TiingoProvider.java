package com.minerdesk.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.minerdesk.fetch.FetchException;
import com.minerdesk.fetch.JsonHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tiingo end-of-day prices: {@code GET /tiingo/daily/{ticker}/prices?startDate=&endDate=} with
 * {@code Authorization: Token …}, a JSON array of {@code {date, open, high, low, close, volume,
 * adjClose, …, divCash, splitFactor}}; the unadjusted fields are the prices as traded. An error
 * comes as an object with {@code detail}, sometimes with status 200.
 */
final class TiingoProvider implements PriceProvider {
    private final String baseUrl;
    private final JsonHttp http;

    TiingoProvider(PricesSettings settings, Duration pace, Duration maxWait) {
        this.baseUrl = settings.baseUrl();
        this.http = new JsonHttp(Map.of("Authorization", "Token " + settings.apiKey(), "Accept", "application/json"),
                pace, maxWait);
    }

    @Override
    public String name() {
        return "tiingo";
    }

    @Override
    public List<ProviderBar> bars(String ticker, LocalDate from, LocalDate to) {
        String url = baseUrl + "/tiingo/daily/" + ticker.toLowerCase(Locale.ROOT) + "/prices?startDate=" + from + "&endDate=" + to;
        JsonNode root = http.get(url);
        if (!root.isArray()) {
            throw new FetchException(ticker + ": tiingo answered " + root.path("detail").asText("no price list"));
        }
        List<ProviderBar> bars = new ArrayList<>();
        for (JsonNode d : root) {
            bars.add(ProviderJson.bar(ticker, ProviderJson.day(ticker, d.path("date").asText("")), d.path("open"),
                    d.path("high"), d.path("low"), d.path("close"), d.path("volume"), d.path("splitFactor")));
        }
        return bars;
    }
}
