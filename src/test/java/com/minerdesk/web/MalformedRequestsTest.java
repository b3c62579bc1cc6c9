package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.RawHttp;
import com.minerdesk.testing.TestApp;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every registered route, found from the router so new features are covered without editing this
 * test, gets malformed paths, query strings, bodies, headers and methods. Each answer must be a
 * client error (never a 5xx), and the site must still answer afterwards.
 */
class MalformedRequestsTest {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    private static final Map<String, String> SAMPLE_VALUES = Map.of(
            "date", "2025-11-28", "ticker", "APLD", "file", "style.css", "slug", "no-such-slug", "id", "1");
    private static final List<String> MALFORMED_SEGMENTS = List.of(
            "%00", "%zz", "%", "%ff%fe", "%c0%ae%c0%ae", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a".repeat(4000),
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20or%201%3D1--", "-1", "0", "99999999999999999999999",
            "%F0%9F%98%80", "2025-02-30", "0000-00-00", "%20", "NaN", "null", "%0d%0aX-Injected:%201",
            "%5C..%5C..%5Cwindows", "style.css%00.png", "x.ABCDEF012345.css");
    private static final List<String> MALFORMED_QUERIES = List.of(
            "sort=%00&dir=%zz", "page=-1", "page=abc", "page=99999999999999999999", "q=" + "x".repeat(4000),
            "sort=ticker&sort=name&dir=asc&dir=desc", "a[]=1&b[x]=2", "=&&=&", "company=%27%22%3E%3Csvg/onload=alert(1)%3E",
            "kind=%00", "week=9999-99-99", "%ff=%fe", "q=%", "q=%ZZ", "x=1&".repeat(1500), "dir=%0d%0aX-Injected:%201",
            "tag=..%2F..%2F", "q=%C0%80");
    private static final List<String> WRONG_METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO",
            "PROPFIND");

    static TestApp app;
    static RawHttp http;
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
        http = new RawHttp("localhost", app.server.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Route(HandlerType method, String path) {
        String sample() {
            Matcher m = PATH_PARAM.matcher(path);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                m.appendReplacement(sb, SAMPLE_VALUES.getOrDefault(name, "1"));
            }
            return m.appendTail(sb).toString();
        }

        /** The path with each parameter in turn replaced by {@code value}. */
        List<String> withEachParam(String value) {
            List<String> out = new ArrayList<>();
            Matcher m = PATH_PARAM.matcher(path);
            while (m.find()) {
                String replaced = path.substring(0, m.start()) + value + path.substring(m.end());
                out.add(new Route(method, replaced).sample());
            }
            return out;
        }
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (var parsed : app.server.unsafe.internalRouter.allHttpHandlers()) {
            var e = parsed.endpoint;
            if (e.method.isHttpMethod() && !e.path.contains("*")) {
                routes.add(new Route(e.method, e.path));
            }
        }
        return routes;
    }

    private void expect(String what, RawHttp.Answer a, IntPredicate ok) {
        if (!ok.test(a.status())) {
            failures.add(what + " -> " + a.status());
        }
        if (a.header("X-Injected") != null) {
            failures.add(what + " -> injected a header");
        }
    }

    private static boolean clientError(int status) {
        return status >= 400 && status < 500;
    }

    private static boolean notServerError(int status) {
        return status < 500;
    }

    private void report() {
        assertTrue(failures.isEmpty(), failures.size() + " answers were wrong:\n" + String.join("\n", failures));
        assertEquals(200, app.get("/").statusCode(), "the site still answers");
        assertEquals(200, app.get("/healthz").statusCode(), "the site is still healthy");
    }

    @Test
    void theRouterListsThePublicPages() {
        Set<String> paths = new LinkedHashSet<>();
        routes().forEach(r -> paths.add(r.path()));
        assertTrue(paths.containsAll(List.of("/", "/weeks", "/weeks/{date}", "/companies", "/companies/{ticker}",
                "/economics", "/pivots", "/healthz", "/static/{file}")), paths.toString());
    }

    @Test
    void malformedPathParametersAreClientErrors() {
        for (Route r : routes()) {
            for (String segment : MALFORMED_SEGMENTS) {
                for (String path : r.withEachParam(segment)) {
                    expect(r.method() + " " + path, http.request(r.method().name(), path, Map.of(),
                            r.method() == HandlerType.GET ? null : new byte[0]), MalformedRequestsTest::clientError);
                }
            }
        }
        for (String path : List.of("/%zz", "/weeks/%", "//", "/weeks//", "/;jsessionid=1", "/weeks;x=1/2025-11-28",
                "/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fpom.xml", "/static/%2e%2e%5cpom.xml",
                "/" + "a/".repeat(2000), "/static/style.css/", "/%0d%0aX-Injected:%201")) {
            expect("GET " + path, http.get(path), MalformedRequestsTest::notServerError);
        }
        report();
    }

    @Test
    void malformedQueryStringsAreNeverServerErrors() {
        for (Route r : routes()) {
            for (String query : MALFORMED_QUERIES) {
                String target = r.sample() + "?" + query;
                expect(r.method() + " " + target.substring(0, Math.min(120, target.length())),
                        http.request(r.method().name(), target, Map.of(), r.method() == HandlerType.GET ? null : new byte[0]),
                        MalformedRequestsTest::notServerError);
            }
        }
        report();
    }

    @Test
    void wrongMethodsAreClientErrors() {
        for (Route r : routes()) {
            Set<String> registered = new LinkedHashSet<>();
            routes().stream().filter(o -> o.path().equals(r.path())).forEach(o -> registered.add(o.method().name()));
            for (String method : WRONG_METHODS) {
                if (!registered.contains(method)) {
                    expect(method + " " + r.sample(), http.request(method, r.sample(), Map.of(), null),
                            MalformedRequestsTest::clientError);
                }
            }
            expect("HEAD " + r.sample(), http.request("HEAD", r.sample(), Map.of(), null),
                    MalformedRequestsTest::notServerError);
            if (!registered.contains("POST")) {
                expect("POST " + r.sample(), http.request("POST", r.sample(),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=1".getBytes(StandardCharsets.UTF_8)),
                        MalformedRequestsTest::clientError);
            }
        }
        report();
    }

    @Test
    void malformedBodiesAreNeverServerErrors() {
        Map<String, Map<String, String>> headersByBody = new LinkedHashMap<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        String form = "application/x-www-form-urlencoded";
        bodies.put("empty form", new byte[0]);
        headersByBody.put("empty form", Map.of("Content-Type", form));
        bodies.put("undecodable form", "%zz=%&&=&%ff%fe=1&_csrf=%".getBytes(StandardCharsets.ISO_8859_1));
        headersByBody.put("undecodable form", Map.of("Content-Type", form));
        bodies.put("json as form", "{\"title\": [1, 2, {\"x\": null}]}".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("json as form", Map.of("Content-Type", form));
        bodies.put("large form", ("body=" + "x".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        headersByBody.put("large form", Map.of("Content-Type", form));
        bodies.put("broken multipart", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("broken multipart", Map.of("Content-Type", "multipart/form-data; boundary=b"));
        bodies.put("multipart without boundary", "x".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("multipart without boundary", Map.of("Content-Type", "multipart/form-data"));
        bodies.put("binary with odd type", new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 13});
        headersByBody.put("binary with odd type", Map.of("Content-Type", "text/x-nonsense; charset=klingon"));
        bodies.put("wrong charset", "title=caf%E9".getBytes(StandardCharsets.ISO_8859_1));
        headersByBody.put("wrong charset", Map.of("Content-Type", form + "; charset=utf-16"));
        for (Route r : routes()) {
            String target = r.sample();
            for (var body : bodies.entrySet()) {
                String method = r.method() == HandlerType.GET ? "POST" : r.method().name();
                expect(method + " " + target + " with " + body.getKey(),
                        http.request(method, target, headersByBody.get(body.getKey()), body.getValue()),
                        MalformedRequestsTest::notServerError);
            }
            expect("lying Content-Length to " + target, http.request("POST", target,
                    Map.of("Content-Length", "abc"), null), MalformedRequestsTest::clientError);
            expect("negative Content-Length to " + target, http.request("POST", target,
                    Map.of("Content-Length", "-5"), null), MalformedRequestsTest::clientError);
            expect("oversized Content-Length to " + target, http.request("POST", target,
                    Map.of("Content-Length", "30000000", "Content-Type", form), null), MalformedRequestsTest::clientError);
            expect("broken chunks to " + target, http.request("POST", target,
                    Map.of("Transfer-Encoding", "chunked", "Content-Type", form),
                    "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8)), MalformedRequestsTest::clientError);
            expect("Content-Length and chunked to " + target, http.request("POST", target,
                    Map.of("Transfer-Encoding", "chunked", "Content-Length", "3"),
                    "0\r\n\r\n".getBytes(StandardCharsets.UTF_8)), MalformedRequestsTest::clientError);
        }
        report();
    }

    @Test
    void malformedAndOversizedHeadersAreClientErrors() {
        for (Route r : routes()) {
            String target = r.sample();
            Map<String, String> many = new LinkedHashMap<>();
            for (int i = 0; i < 600; i++) {
                many.put("X-Filler-" + i, "y".repeat(90));
            }
            expect("one huge header to " + target, http.request(r.method().name(), target,
                    Map.of("X-Filler", "a".repeat(20_000)), null), MalformedRequestsTest::clientError);
            expect("many headers to " + target, http.request(r.method().name(), target, many, null),
                    MalformedRequestsTest::clientError);
            expect("huge cookie to " + target, http.request(r.method().name(), target,
                    Map.of("Cookie", "c=" + "z".repeat(40_000)), null), MalformedRequestsTest::clientError);
            expect("header without colon to " + target, http.send(raw(r.method().name() + " " + target
                    + " HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n")), MalformedRequestsTest::clientError);
            expect("header with control bytes to " + target, http.send(raw(r.method().name() + " " + target
                    + " HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001\u0000b\r\n\r\n")), MalformedRequestsTest::clientError);
            expect("no Host to " + target, http.send(raw(r.method().name() + " " + target + " HTTP/1.1\r\n\r\n")),
                    MalformedRequestsTest::clientError);
            Map<String, String> odd = new LinkedHashMap<>();
            odd.put("Cookie", "=;;;==; a=\"unterminated; " + "k=v; ".repeat(100));
            odd.put("Accept", "*/*;q=abc, text/html;q=-1");
            odd.put("Accept-Encoding", "gzip;q=2, br;q=NaN, *;q=0");
            odd.put("Accept-Language", "\u00ff\u00fe");
            odd.put("If-None-Match", "\"unterminated, W/");
            odd.put("If-Modified-Since", "yesterday at noon");
            odd.put("Range", "bytes=99-1, -");
            odd.put("X-Forwarded-For", "not-an-address, 999.1.1.1, ::::");
            odd.put("X-Forwarded-Proto", "gopher");
            odd.put("Content-Type", "text/html; charset=\"");
            odd.put("Authorization", "Basic %%%");
            odd.put("Origin", "null");
            expect("odd header values to " + target, http.request(r.method().name(), target, odd,
                    r.method() == HandlerType.GET ? null : new byte[0]), MalformedRequestsTest::notServerError);
        }
        for (String line : List.of("GET / HTTP/9.9", "GET / HTTX/1.1", "GARBAGE", "GET http://evil.example/ HTTP/1.1",
                "GET * HTTP/1.1", "GET /\u0000 HTTP/1.1", "GET /" + "a".repeat(20_000) + " HTTP/1.1", "GET noslash HTTP/1.1",
                "CONNECT /weeks HTTP/1.1")) {
            expect(line.substring(0, Math.min(60, line.length())), http.send(raw(line + "\r\nHost: localhost\r\n\r\n")),
                    MalformedRequestsTest::clientError);
        }
        // Jetty reads these leniently, as most servers do; they must just never fail.
        for (String line : List.of("GET  / HTTP/1.1", "GET /?a=\u00ff HTTP/1.1", "GET /weeks?x=\u0001 HTTP/1.1")) {
            expect(line, http.send(raw(line + "\r\nHost: localhost\r\n\r\n")), MalformedRequestsTest::notServerError);
        }
        report();
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }
}
