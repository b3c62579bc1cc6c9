package com.minerdesk.testing;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for a data source (SEC EDGAR, a price provider) serving JSON in the source's
 * documented format, with answers a test sets per path: a body, or a status with an optional
 * Retry-After for the first N requests. It records each request's path, time and headers.
 */
public final class FakeJsonSource implements AutoCloseable {
    public record Hit(String path, long nanos, String userAgent, String authorization) {
    }

    record Trouble(int status, String retryAfter, int times) {
    }

    public final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Trouble> troubles = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final Javalin server;

    public FakeJsonSource() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/*", ctx -> {
                String path = ctx.path();
                hits.add(new Hit(path, System.nanoTime(), ctx.header("User-Agent"), ctx.header("Authorization")));
                int n = served.merge(path, 1, Integer::sum);
                Trouble t = troubles.get(path);
                if (t != null && n <= t.times()) {
                    if (t.retryAfter() != null) {
                        ctx.header("Retry-After", t.retryAfter());
                    }
                    ctx.status(t.status()).result("trouble");
                    return;
                }
                String body = bodies.get(path);
                if (body == null) {
                    ctx.status(404).result("not found");
                } else {
                    ctx.contentType("application/json").result(body);
                }
            });
        }).start(0);
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    public void serve(String path, String json) {
        bodies.put(path, json);
    }

    public void fail(String path, int status, String retryAfter, int times) {
        troubles.put(path, new Trouble(status, retryAfter, times));
    }

    public void heal(String path) {
        troubles.remove(path);
        served.remove(path);
    }

    public static String submissions(long cik, String... rows) {
        StringBuilder acc = new StringBuilder();
        StringBuilder filed = new StringBuilder();
        StringBuilder report = new StringBuilder();
        StringBuilder form = new StringBuilder();
        StringBuilder doc = new StringBuilder();
        StringBuilder items = new StringBuilder();
        for (String row : rows) {
            String[] f = row.split("\\|", -1); // accession|filed|report|form|document|items
            for (int i = 0; i < 6; i++) {
                StringBuilder b = List.of(acc, filed, report, form, doc, items).get(i);
                b.append(b.isEmpty() ? "" : ",").append('"').append(f[i]).append('"');
            }
        }
        return "{\"cik\":\"" + cik + "\",\"name\":\"Some Registrant\",\"filings\":{\"recent\":{"
                + "\"accessionNumber\":[" + acc + "],\"filingDate\":[" + filed + "],\"reportDate\":[" + report
                + "],\"form\":[" + form + "],\"primaryDocument\":[" + doc + "],\"items\":[" + items
                + "]},\"files\":[]}}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
