package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.RawHttp;
import com.minerdesk.testing.TestApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    static TestApp app;
    static RawHttp http;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
        http = new RawHttp("localhost", app.server.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Every kind of answer the site gives, by what it is, with the status it must have. */
    private static Map<String, RawHttp.Answer> everyKindOfAnswer() {
        String stylesheet = app.get("/").body().replaceAll("(?s).*href=\"(/static/style\\.[0-9a-f]{12}\\.css)\".*", "$1");
        Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
        answers.put("page", http.get("/weeks/2025-11-28"));
        answers.put("redirect", http.get("/companies/apld"));
        answers.put("static file", http.get(stylesheet));
        answers.put("static file not modified", http.request("GET", stylesheet,
                Map.of("If-None-Match", http.get(stylesheet).header("ETag")), null));
        answers.put("missing static file", http.get("/static/missing.css"));
        answers.put("health", http.get("/healthz"));
        answers.put("not found", http.get("/no/such/page"));
        answers.put("bad request (app)", http.get("/weeks/2025-13-45"));
        answers.put("wrong method", http.request("DELETE", "/weeks", Map.of(), null));
        answers.put("bad request (server)", http.get("/weeks/%zz"));
        answers.put("unreadable request line", http.send("GET / HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        answers.put("headers too large", http.request("GET", "/", Map.of("X-Filler", "a".repeat(20_000)), null));
        return answers;
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() {
        Map<String, Integer> expectedStatus = Map.ofEntries(
                Map.entry("page", 200), Map.entry("redirect", 301), Map.entry("static file", 200),
                Map.entry("static file not modified", 304), Map.entry("missing static file", 404),
                Map.entry("health", 200), Map.entry("not found", 404), Map.entry("bad request (app)", 400),
                Map.entry("wrong method", 405), Map.entry("bad request (server)", 400),
                Map.entry("unreadable request line", 400), Map.entry("headers too large", 431));
        everyKindOfAnswer().forEach((kind, a) -> {
            assertEquals(expectedStatus.get(kind), a.status(), kind);
            String csp = a.header("Content-Security-Policy");
            assertTrue(csp != null, kind + " has a Content-Security-Policy");
            for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'",
                    "frame-ancestors 'none'", "script-src 'self'")) {
                assertTrue(csp.contains(directive), kind + ": " + csp + " lacks " + directive);
            }
            assertTrue(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), kind + ": " + csp);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), kind);
            assertEquals("strict-origin-when-cross-origin", a.header("Referrer-Policy"), kind);
            assertNull(a.header("Server"), kind + " names the server: " + a.header("Server"));
            assertNull(a.header("X-Powered-By"), kind);
            assertNull(a.header("Strict-Transport-Security"), kind + ": no HSTS when BASE_URL is plain http");
        });
    }

    @Test
    void errorsJettyAnswersItselfAreShortPlainTextWithoutInternals() {
        RawHttp.Answer a = http.get("/weeks/%zz");
        assertEquals("text/plain; charset=utf-8", a.header("Content-Type"));
        assertTrue(a.body().startsWith("400 Bad request"), a.body());
        assertTrue(!a.body().toLowerCase().contains("jetty") && !a.body().contains("Exception"), a.body());
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        for (String path : List.of("/", "/weeks", "/weeks/2025-11-28", "/companies", "/companies/APLD",
                "/economics", "/pivots", "/no/such/page")) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(app.get(path).body());
            assertTrue(doc.select("script:not([src])").isEmpty(), path + " has an inline script");
            assertTrue(doc.select("style, [style]").isEmpty(), path + " has inline style");
            assertTrue(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .noneMatch(attr -> attr.getKey().toLowerCase().startsWith("on")), path + " has an event handler");
        }
    }

    @Test
    void httpsBaseUrlTurnsOnStrictTransportSecurityEverywhere() {
        try (TestApp https = TestApp.start(Map.of("BASE_URL", "https://minerdesk.example"), false)) {
            RawHttp raw = new RawHttp("localhost", https.server.port());
            for (RawHttp.Answer a : List.of(raw.get("/"), raw.get("/nope"), raw.get("/x/%zz"),
                    raw.request("GET", "/", Map.of("X-Filler", "a".repeat(20_000)), null))) {
                String hsts = a.header("Strict-Transport-Security");
                assertTrue(hsts != null && hsts.contains("max-age=31536000"), a.status() + ": " + hsts);
            }
        }
    }
}
