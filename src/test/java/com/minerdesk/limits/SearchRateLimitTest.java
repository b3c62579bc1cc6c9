package com.minerdesk.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SearchRateLimitTest {
    @Test
    void aClientGets429WithRetryAfterOnceItsSearchesAreUsedUp() {
        try (TestApp app = TestApp.withDemoData()) {
            for (int i = 0; i < RateLimits.SEARCHES_PER_MINUTE; i++) {
                assertNotEquals(429, app.get("/search?q=hashprice+" + i).statusCode(), "search " + (i + 1));
            }
            HttpResponse<String> refused = app.get("/search?q=one+more");
            assertEquals(429, refused.statusCode());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertTrue(Jsoup.parse(refused.body()).text().contains("Too many searches"), refused.body());
            assertEquals(429, app.get("/search?q=x", Map.of("X-Forwarded-For", "198.51.100.23")).statusCode(),
                    "a forwarded-for header from an untrusted client changes nothing");
            assertEquals(200, app.get("/weeks").statusCode(), "only search is limited");
            app.clock.advance(Duration.ofSeconds(retryAfter));
            assertNotEquals(429, app.get("/search?q=again").statusCode(), "the next minute is open again");
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() {
        try (TestApp app = TestApp.start(Map.of("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1"), true)) {
            for (int i = 0; i <= RateLimits.SEARCHES_PER_MINUTE; i++) {
                app.get("/search?q=x", Map.of("X-Forwarded-For", "203.0.113.5"));
            }
            assertEquals(429, app.get("/search?q=x", Map.of("X-Forwarded-For", "203.0.113.5")).statusCode());
            assertNotEquals(429, app.get("/search?q=x", Map.of("X-Forwarded-For", "203.0.113.6")).statusCode());
        }
    }
}
