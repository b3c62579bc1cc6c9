package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.RawHttp;
import com.minerdesk.testing.TestApp;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every registered route, found from the router so that new features are covered without editing
 * this test, gets malformed paths, query strings, bodies, headers and methods; editor routes get
 * them with a signed-in admin's session (and its CSRF token), so their handlers run too. Each
 * answer must be a client error, never a 5xx, and the site must still answer afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestsTest {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    private static final List<String> MALFORMED_SEGMENTS = List.of(
            "%00", "%zz", "%", "%ff%fe", "%c0%ae%c0%ae", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a".repeat(4000),
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20or%201%3D1--", "-1", "0", "99999999999999999999999",
            "%F0%9F%98%80", "2025-02-30", "0000-00-00", "%20", "NaN", "null", "%0d%0aX-Injected:%201",
            "%5C..%5C..%5Cwindows", "style.css%00.png", "x.ABCDEF012345.css", "1e309", "0x1F", "%2D1");
    private static final List<String> MALFORMED_QUERIES = List.of(
            "sort=%00&dir=%zz", "page=-1", "page=abc", "page=99999999999999999999", "q=" + "x".repeat(4000),
            "sort=ticker&sort=name&dir=asc&dir=desc", "a[]=1&b[x]=2", "=&&=&", "company=%27%22%3E%3Csvg/onload=alert(1)%3E",
            "kind=%00", "week=9999-99-99", "%ff=%fe", "q=%", "q=%ZZ", "x=1&".repeat(1500), "dir=%0d%0aX-Injected:%201",
            "tag=..%2F..%2F", "q=%C0%80", "next=//evil.example", "next=%0d%0aX-Injected:%201");
    private static final List<String> WRONG_METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO",
            "PROPFIND");
    /** Values a form field should never expect; each must be refused or stored harmlessly. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "", " ", "a".repeat(100_000), "\u0000", "x\u0000y", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "-1", "0", "99999999999999999999", "1e309", "NaN", "2025-02-30", "9999-12-31T99:99", "../../etc/passwd",
            "' OR 1=1 --", "\uD83D\uDE00", "\u202Eevil", "\r\nX-Injected: 1", "javascript:alert(1)", "%", "true",
            "editor,admin,root", "ä".repeat(5000));

    static TestApp app;
    static RawHttp anonymous;
    static RawHttp admin;
    static Browser adminBrowser;
    static Map<String, String> samples;
    private final List<String> failures = new ArrayList<>();
    private int probes;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
        anonymous = new RawHttp("localhost", app.server.port());
        adminBrowser = app.admin();
        long victim = app.createUser("victim@example.com", "Victim Editor", "editor");
        samples = Map.of("date", "2025-11-28", "ticker", "APLD", "file", "style.css", "slug", "no-such-slug",
                "id", String.valueOf(victim));
        String cookie = adminBrowser.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        admin = anonymous.withHeader("Cookie", cookie);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Route(HandlerType method, String path) {
        boolean editor() {
            return path.equals("/editor") || path.startsWith("/editor/");
        }

        String sample() {
            Matcher m = PATH_PARAM.matcher(path);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                m.appendReplacement(sb, Matcher.quoteReplacement(samples.getOrDefault(name, "1")));
            }
            return m.appendTail(sb).toString();
        }

        /** The path with each parameter in turn replaced by {@code value}. */
        List<String> withEachParam(String value) {
            List<String> out = new ArrayList<>();
            Matcher m = PATH_PARAM.matcher(path);
            while (m.find()) {
                out.add(new Route(method, path.substring(0, m.start()) + value + path.substring(m.end())).sample());
            }
            return out;
        }

        Pattern regex() {
            return Pattern.compile(PATH_PARAM.matcher(Pattern.quote(path)).replaceAll("\\\\E[^/]+\\\\Q"));
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
        // Signing out ends the session the other probes use, so it goes last.
        routes.sort(Comparator.comparing(r -> r.path().equals("/logout")));
        return routes;
    }

    /** The client for a route: editor routes are probed with the admin's session. */
    private static RawHttp client(Route r) {
        return r.editor() ? admin : anonymous;
    }

    /** A body for POSTs that passes the CSRF check, so the route's handler itself runs. */
    private static byte[] bodyFor(Route r) {
        if (r.method() != HandlerType.POST) {
            return null;
        }
        return r.editor() ? ("_csrf=" + adminBrowser.csrf()).getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    private static Map<String, String> formHeaders(Route r) {
        return r.method() == HandlerType.POST ? Map.of("Content-Type", "application/x-www-form-urlencoded") : Map.of();
    }

    private void expect(String what, RawHttp.Answer a, IntPredicate ok) {
        expect(what, a.status(), ok);
        if (a.header("X-Injected") != null) {
            failures.add(what + " -> injected a header");
        }
    }

    private void expect(String what, int status, IntPredicate ok) {
        probes++;
        if (!ok.test(status)) {
            failures.add(what.substring(0, Math.min(160, what.length())) + " -> " + status);
        }
    }

    private static boolean clientError(int status) {
        return status >= 400 && status < 500;
    }

    private static boolean notServerError(int status) {
        return status < 500;
    }

    private void report() {
        assertTrue(failures.isEmpty(), failures.size() + " of " + probes + " answers were wrong:\n" + String.join("\n", failures));
        assertTrue(probes > 50, "only " + probes + " probes were sent");
        assertEquals(200, app.get("/").statusCode(), "the site still answers");
        assertEquals(200, app.get("/healthz").statusCode(), "the site is still healthy");
        assertEquals(200, adminBrowser.get("/editor").statusCode(), "the admin is still signed in");
    }

    @Test
    void theRouterListsThePublicAndEditorPages() {
        Set<String> paths = new LinkedHashSet<>();
        routes().forEach(r -> paths.add(r.method() + " " + r.path()));
        assertTrue(paths.containsAll(List.of("GET /", "GET /weeks", "GET /weeks/{date}", "GET /companies",
                "GET /companies/{ticker}", "GET /economics", "GET /pivots", "GET /healthz", "GET /static/{file}",
                "GET /login", "POST /login", "GET /editor", "POST /editor/accounts")), paths.toString());
    }

    @Test
    void malformedPathParametersAreClientErrors() {
        for (Route r : routes()) {
            for (String segment : MALFORMED_SEGMENTS) {
                for (String path : r.withEachParam(segment)) {
                    expect(r.method() + " " + path, client(r).request(r.method().name(), path, formHeaders(r), bodyFor(r)),
                            MalformedRequestsTest::clientError);
                }
            }
        }
        for (String path : List.of("/%zz", "/weeks/%", "//", "/weeks//", "/;jsessionid=1", "/weeks;x=1/2025-11-28",
                "/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fpom.xml", "/static/%2e%2e%5cpom.xml",
                "/" + "a/".repeat(2000), "/static/style.css/", "/%0d%0aX-Injected:%201", "/editor/%2e%2e/login",
                "/editor/..;/accounts", "/EDITOR/accounts", "/editor//accounts")) {
            expect("GET " + path, anonymous.get(path), MalformedRequestsTest::notServerError);
            expect("GET " + path + " (signed in)", admin.get(path), MalformedRequestsTest::notServerError);
        }
        report();
    }

    @Test
    void malformedQueryStringsAreNeverServerErrors() {
        for (Route r : routes()) {
            for (String query : MALFORMED_QUERIES) {
                String target = r.sample() + "?" + query;
                expect(r.method() + " " + target, client(r).request(r.method().name(), target, formHeaders(r), bodyFor(r)),
                        MalformedRequestsTest::notServerError);
            }
        }
        report();
    }

    @Test
    void wrongMethodsAreClientErrors() {
        List<Route> routes = routes();
        for (Route r : routes) {
            Set<String> registered = routes.stream().filter(o -> o.path().equals(r.path()))
                    .map(o -> o.method().name()).collect(Collectors.toSet());
            for (String method : WRONG_METHODS) {
                if (!registered.contains(method)) {
                    expect(method + " " + r.sample(), client(r).request(method, r.sample(), Map.of(), null),
                            MalformedRequestsTest::clientError);
                    // Signed out, the editor area may send the visitor to sign in first.
                    expect(method + " " + r.sample() + " (signed out)", anonymous.request(method, r.sample(), Map.of(), null),
                            MalformedRequestsTest::notServerError);
                }
            }
            expect("HEAD " + r.sample(), client(r).request("HEAD", r.sample(), Map.of(), null),
                    MalformedRequestsTest::notServerError);
            if (!registered.contains("POST")) {
                expect("POST " + r.sample(), client(r).request("POST", r.sample(),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        ("a=1&_csrf=" + adminBrowser.csrf()).getBytes(StandardCharsets.UTF_8)),
                        MalformedRequestsTest::clientError);
            }
            if (!registered.contains("GET")) {
                expect("GET " + r.sample(), client(r).request("GET", r.sample(), Map.of(), null),
                        MalformedRequestsTest::clientError);
            }
        }
        report();
    }

    @Test
    void malformedBodiesAreNeverServerErrors() {
        String form = "application/x-www-form-urlencoded";
        String csrf = adminBrowser.csrf();
        Map<String, Map<String, String>> headersByBody = new LinkedHashMap<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty form", new byte[0]);
        headersByBody.put("empty form", Map.of("Content-Type", form));
        bodies.put("undecodable form", ("%zz=%&&=&%ff%fe=1&_csrf=" + csrf + "&x=%").getBytes(StandardCharsets.ISO_8859_1));
        headersByBody.put("undecodable form", Map.of("Content-Type", form));
        bodies.put("json as form", "{\"title\": [1, 2, {\"x\": null}]}".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("json as form", Map.of("Content-Type", form));
        bodies.put("large form", ("_csrf=" + csrf + "&body=" + "x".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        headersByBody.put("large form", Map.of("Content-Type", form));
        bodies.put("broken multipart", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("broken multipart", Map.of("Content-Type", "multipart/form-data; boundary=b"));
        bodies.put("multipart without boundary", "x".getBytes(StandardCharsets.UTF_8));
        headersByBody.put("multipart without boundary", Map.of("Content-Type", "multipart/form-data"));
        bodies.put("binary with odd type", new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 13});
        headersByBody.put("binary with odd type", Map.of("Content-Type", "text/x-nonsense; charset=klingon"));
        bodies.put("wrong charset", ("title=caf%E9&_csrf=" + csrf).getBytes(StandardCharsets.ISO_8859_1));
        headersByBody.put("wrong charset", Map.of("Content-Type", form + "; charset=utf-16"));
        bodies.put("unknown charset", ("_csrf=" + csrf).getBytes(StandardCharsets.ISO_8859_1));
        headersByBody.put("unknown charset", Map.of("Content-Type", form + "; charset=\""));
        for (Route r : routes()) {
            String target = r.sample();
            String method = r.method() == HandlerType.GET ? "POST" : r.method().name();
            for (var body : bodies.entrySet()) {
                expect(method + " " + target + " with " + body.getKey(),
                        client(r).request(method, target, headersByBody.get(body.getKey()), body.getValue()),
                        MalformedRequestsTest::notServerError);
            }
            expect("lying Content-Length to " + target, client(r).request("POST", target,
                    Map.of("Content-Length", "abc"), null), MalformedRequestsTest::clientError);
            expect("negative Content-Length to " + target, client(r).request("POST", target,
                    Map.of("Content-Length", "-5"), null), MalformedRequestsTest::clientError);
            expect("oversized Content-Length to " + target, client(r).request("POST", target,
                    Map.of("Content-Length", "30000000", "Content-Type", form), null), MalformedRequestsTest::clientError);
            expect("body shorter than its Content-Length to " + target, client(r).request("POST", target,
                    Map.of("Content-Length", "500", "Content-Type", form), ("_csrf=" + csrf).getBytes(StandardCharsets.UTF_8)),
                    MalformedRequestsTest::clientError);
            expect("broken chunks to " + target, client(r).request("POST", target,
                    Map.of("Transfer-Encoding", "chunked", "Content-Type", form),
                    "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8)), MalformedRequestsTest::clientError);
            expect("Content-Length and chunked to " + target, client(r).request("POST", target,
                    Map.of("Transfer-Encoding", "chunked", "Content-Length", "3"),
                    "0\r\n\r\n".getBytes(StandardCharsets.UTF_8)), MalformedRequestsTest::clientError);
        }
        report();
    }

    @Test
    void malformedAndOversizedHeadersAreClientErrors() {
        for (Route r : routes()) {
            String target = r.sample();
            String method = r.method().name();
            Map<String, String> many = new LinkedHashMap<>();
            for (int i = 0; i < 600; i++) {
                many.put("X-Filler-" + i, "y".repeat(90));
            }
            expect("one huge header to " + target, client(r).request(method, target,
                    Map.of("X-Filler", "a".repeat(20_000)), null), MalformedRequestsTest::clientError);
            expect("many headers to " + target, client(r).request(method, target, many, null),
                    MalformedRequestsTest::clientError);
            expect("huge cookie to " + target, client(r).request(method, target,
                    Map.of("Cookie", "c=" + "z".repeat(40_000)), null), MalformedRequestsTest::clientError);
            expect("header without colon to " + target, anonymous.send(raw(method + " " + target
                    + " HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n")), MalformedRequestsTest::clientError);
            expect("header with control bytes to " + target, anonymous.send(raw(method + " " + target
                    + " HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001\u0000b\r\n\r\n")), MalformedRequestsTest::clientError);
            expect("no Host to " + target, anonymous.send(raw(method + " " + target + " HTTP/1.1\r\n\r\n")),
                    MalformedRequestsTest::clientError);
            Map<String, String> odd = new LinkedHashMap<>(formHeaders(r));
            odd.put("Cookie", "=;;;==; a=\"unterminated; md_session=%00; md_csrf=" + "k".repeat(300) + "; " + "k=v; ".repeat(100));
            odd.put("Accept", "*/*;q=abc, text/html;q=-1");
            odd.put("Accept-Encoding", "gzip;q=2, br;q=NaN, *;q=0");
            odd.put("Accept-Language", "\u00ff\u00fe");
            odd.put("If-None-Match", "\"unterminated, W/");
            odd.put("If-Modified-Since", "yesterday at noon");
            odd.put("Range", "bytes=99-1, -");
            odd.put("X-Forwarded-For", "not-an-address, 999.1.1.1, ::::, " + "1.".repeat(200));
            odd.put("X-Forwarded-Proto", "gopher");
            odd.put("X-Forwarded-Host", "evil.example");
            odd.put("Authorization", "Basic %%%");
            odd.put("Origin", "null");
            expect("odd header values to " + target, anonymous.request(method, target, odd, bodyFor(r)),
                    MalformedRequestsTest::notServerError);
            expect("odd header values with a session to " + target, admin.request(method, target, odd, bodyFor(r)),
                    MalformedRequestsTest::notServerError);
        }
        for (String line : List.of("GET / HTTP/9.9", "GET / HTTX/1.1", "GARBAGE", "GET http://evil.example/ HTTP/1.1",
                "GET * HTTP/1.1", "GET /\u0000 HTTP/1.1", "GET /" + "a".repeat(20_000) + " HTTP/1.1", "GET noslash HTTP/1.1",
                "CONNECT /weeks HTTP/1.1")) {
            expect(line, anonymous.send(raw(line + "\r\nHost: localhost\r\n\r\n")), MalformedRequestsTest::clientError);
        }
        // Jetty reads these leniently, as most servers do; they must just never fail.
        for (String line : List.of("GET  / HTTP/1.1", "GET /?a=\u00ff HTTP/1.1", "GET /weeks?x=\u0001 HTTP/1.1")) {
            expect(line, anonymous.send(raw(line + "\r\nHost: localhost\r\n\r\n")), MalformedRequestsTest::notServerError);
        }
        report();
    }

    /** The fields of every POST form on the pages an admin can open, by the route they post to. */
    private static Map<Route, Map<String, String>> formsByRoute(List<Route> routes) {
        Map<Route, Map<String, String>> forms = new LinkedHashMap<>();
        for (Route page : routes) {
            if (page.method() != HandlerType.GET || page.path().startsWith("/static")) {
                continue;
            }
            String html = adminBrowser.get(page.sample()).body();
            for (Element form : Jsoup.parse(html).select("form[method=post]")) {
                String action = form.attr("action").isEmpty() ? page.sample() : form.attr("action").replaceAll("[?#].*", "");
                routes.stream().filter(r -> r.method() == HandlerType.POST && r.regex().matcher(action).matches())
                        .findFirst().ifPresent(r -> forms.computeIfAbsent(r, k -> fieldsOf(form)));
            }
        }
        return forms;
    }

    private static Map<String, String> fieldsOf(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String value = input.is("select") ? input.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                    : input.is("textarea") ? input.text() : input.attr("value");
            fields.putIfAbsent(input.attr("name"), value);
        }
        fields.remove("_csrf");
        if (fields.isEmpty()) {
            fields.put("unexpected", "x");
        }
        return fields;
    }

    @Test
    @Order(Integer.MAX_VALUE) // it creates records (a company "NULL", say) that other probes must not meet
    void hostileFormValuesAreNeverServerErrors() {
        List<Route> routes = routes();
        Map<Route, Map<String, String>> forms = formsByRoute(routes);
        assertTrue(forms.keySet().stream().anyMatch(Route::editor), "found the editor's forms: " + forms.keySet());
        for (Route r : routes) {
            if (r.method() != HandlerType.POST || r.path().equals("/logout")) {
                continue;
            }
            // The sign-in form is probed signed out, with the pre-session token it hands out.
            Browser browser = r.path().equals("/login") ? app.browser() : adminBrowser;
            String csrf = r.path().equals("/login") ? Browser.tokenFrom(browser.get("/login").body()) : adminBrowser.csrf();
            Map<String, String> fields = forms.getOrDefault(r, Map.of("unexpected", "x"));
            for (String field : fields.keySet()) {
                for (String hostile : HOSTILE_VALUES) {
                    Map<String, String> sent = new LinkedHashMap<>(fields);
                    sent.put(field, hostile);
                    sent.put("_csrf", csrf);
                    expect("POST " + r.sample() + " " + field + "=" + abbreviate(hostile),
                            browser.postRaw(r.sample(), sent).statusCode(), MalformedRequestsTest::notServerError);
                }
                Map<String, String> missing = new LinkedHashMap<>(fields);
                missing.remove(field);
                missing.put("_csrf", csrf);
                expect("POST " + r.sample() + " without " + field, browser.postRaw(r.sample(), missing).statusCode(),
                        MalformedRequestsTest::notServerError);
                Map<String, String> twice = new LinkedHashMap<>(fields);
                twice.put("_csrf", csrf);
                String body = twice.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&")) + "&" + enc(field) + "=second";
                expect("POST " + r.sample() + " with " + field + " twice", browser.send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(app.baseUrl + r.sample()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()).statusCode(),
                        MalformedRequestsTest::notServerError);
            }
        }
        report();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…(" + s.length() + ")" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }
}
