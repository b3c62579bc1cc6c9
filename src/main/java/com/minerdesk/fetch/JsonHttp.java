package com.minerdesk.fetch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * GETs JSON from a data source politely: at most one request per {@code minInterval}, a named
 * User-Agent, and a bounded number of retries on 429, 5xx and broken connections, waiting as long
 * as Retry-After asks (up to {@code maxWait}) or backing off. Other answers fail at once.
 */
public final class JsonHttp {
    static final int ATTEMPTS = 4;
    // decimals as BigDecimal: prices are read exactly as sent
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, String> headers;
    private final Duration minInterval;
    private final Duration maxWait;
    private long nextRequestAt;

    public JsonHttp(Map<String, String> headers, Duration minInterval, Duration maxWait) {
        this.headers = Map.copyOf(headers);
        this.minInterval = minInterval;
        this.maxWait = maxWait;
    }

    /** The parsed body of a 200 answer. */
    public JsonNode get(String url) {
        String failure = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            pace();
            HttpResponse<String> r;
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
                headers.forEach(b::header);
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failure = "no answer (" + e.getClass().getSimpleName() + ")";
                pause(backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(url + ": interrupted");
            }
            int status = r.statusCode();
            if (status == 200) {
                return parse(url, r.body());
            }
            if (status == 429 || status >= 500) {
                failure = "HTTP " + status;
                pause(retryAfter(r).orElse(backoff(attempt)));
                continue;
            }
            throw new FetchException(url + ": HTTP " + status);
        }
        throw new FetchException(url + ": " + failure + " after " + ATTEMPTS + " attempts");
    }

    private static JsonNode parse(String url, String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new FetchException(url + ": the answer is not JSON");
        }
    }

    private Optional<Duration> retryAfter(HttpResponse<String> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).map(d -> d.compareTo(maxWait) > 0 ? maxWait : d);
    }

    private Duration backoff(int attempt) {
        Duration d = Duration.ofMillis(250L << (attempt - 1));
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }

    private synchronized void pace() {
        long now = System.nanoTime();
        if (now < nextRequestAt) {
            pause(Duration.ofNanos(nextRequestAt - now));
        }
        nextRequestAt = System.nanoTime() + minInterval.toNanos();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }
}
