package com.minerdesk.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.minerdesk.fetch.FetchException;
import com.minerdesk.fetch.JsonHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Massive (formerly Polygon) aggregates: {@code GET /v2/aggs/ticker/{T}/range/1/day/{from}/{to}
 * ?adjusted=false}, {@code results[]} of {@code {t, o, h, l, c, v}} where {@code t} is the day's
 * start in New York as Unix milliseconds. {@code status} other than OK or DELAYED is an error,
 * even with HTTP 200. Aggregates carry no split factor: splits show as jumps the import warns of.
 */
final class MassiveProvider implements PriceProvider {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final String baseUrl;
    private final JsonHttp http;

    MassiveProvider(PricesSettings settings, Duration pace, Duration maxWait) {
        this.baseUrl = settings.baseUrl();
        this.http = new JsonHttp(Map.of("Authorization", "Bearer " + settings.apiKey(), "Accept", "application/json"),
                pace, maxWait);
    }

    @Override
    public String name() {
        return "massive";
    }

    @Override
    public List<ProviderBar> bars(String ticker, LocalDate from, LocalDate to) {
        String url = baseUrl + "/v2/aggs/ticker/" + ticker + "/range/1/day/" + from + "/" + to + "?adjusted=false&sort=asc&limit=50000";
        JsonNode root = http.get(url);
        String status = root.path("status").asText("");
        if (!status.equals("OK") && !status.equals("DELAYED")) {
            throw new FetchException(ticker + ": massive answered " + status + " "
                    + root.path("error").asText(root.path("message").asText("")).trim());
        }
        List<ProviderBar> bars = new ArrayList<>();
        for (JsonNode r : root.path("results")) {
            LocalDate day = Instant.ofEpochMilli(r.path("t").asLong()).atZone(NEW_YORK).toLocalDate();
            bars.add(ProviderJson.bar(ticker, day, r.path("o"), r.path("h"), r.path("l"), r.path("c"), r.path("v"), null));
        }
        return bars;
    }
}
