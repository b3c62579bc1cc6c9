package com.minerdesk.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every public HTML page a reader can reach by following links from the home page (each path once,
 * with the first query string seen for it), plus the pages no link leads to. A new feature's pages join the
 * checks as soon as something links to them.
 */
public final class PublicPages {
    static final int LIMIT = 400;
    /** Pages no link leads to but a reader can still meet: error pages and the sign-in form. */
    public static final String[] UNLINKED_PAGES = {"/login", "/no-such-page", "/weeks/2025-13-45", "/companies/NOPE"};

    private PublicPages() {
    }

    /** Path (with query) → HTML, in the order found. */
    public static Map<String, String> crawl(TestApp app) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> seenPaths = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        seenPaths.add("/");
        while (!queue.isEmpty() && pages.size() < LIMIT) {
            String target = queue.poll();
            HttpResponse<String> r = app.get(target);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            pages.put(target, r.body());
            Document doc = Jsoup.parse(r.body(), app.baseUrl + target);
            for (Element a : doc.select("a[href]")) {
                String link = internalPath(app, a.attr("abs:href"));
                if (link != null && seenPaths.add(URI.create(link).getPath())) {
                    queue.add(link);
                }
            }
        }
        for (String page : UNLINKED_PAGES) {
            pages.put(page, app.get(page).body());
        }
        return pages;
    }

    /**
     * One page of each kind, for the checks too slow to run on every page: the first page found for
     * each path shape, where every segment after the first is a placeholder ({@code /companies/*}).
     */
    public static List<String> oneOfEachKind(Iterable<String> paths) {
        Map<String, String> byShape = new LinkedHashMap<>();
        for (String p : paths) {
            String path = URI.create(p).getPath();
            String[] segments = path.split("/");
            StringBuilder shape = new StringBuilder(segments.length > 1 ? "/" + segments[1] : "/");
            for (int i = 2; i < segments.length; i++) {
                shape.append("/*");
            }
            byShape.putIfAbsent(shape.toString(), p);
        }
        return List.copyOf(byShape.values());
    }

    /** The path and query of a link to this site, or null for another host, a fragment or a file. */
    private static String internalPath(TestApp app, String absolute) {
        if (!absolute.startsWith(app.baseUrl + "/")) {
            return null;
        }
        URI uri = URI.create(absolute.replace(" ", "%20"));
        String path = uri.getRawPath();
        if (path.startsWith("/static/") || path.matches(".*\\.(csv|xml|json|txt|svg|png)$")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
