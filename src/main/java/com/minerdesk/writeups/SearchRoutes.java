package com.minerdesk.writeups;

import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code /search?q=…&page=N}: published write-ups, best matches first; a bad query gets advice, not an error. */
public final class SearchRoutes {
    static final int PAGE = 20;
    private final Search search;
    private final Pages pages;

    SearchRoutes(Search search, Pages pages) {
        this.search = search;
        this.pages = pages;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        String query = q == null ? "" : q.strip();
        int page = Params.page(ctx.queryParam("page"));
        Search.Outcome outcome = search.run(query, PAGE, (page - 1) * PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("q", query.length() > Search.MAX_QUERY_CHARS ? query.substring(0, Search.MAX_QUERY_CHARS) : query);
        model.put("problem", outcome.problem().name());
        model.put("results", outcome.results());
        model.put("total", outcome.total());
        model.put("maxChars", Search.MAX_QUERY_CHARS);
        model.put("maxWords", Search.MAX_TERMS);
        model.put("pager", new Pager(page, PAGE, outcome.total(),
                "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&"));
        ctx.header("X-Robots-Tag", "noindex");
        pages.render(ctx, "writeups/search", PageMeta.titled(query.isEmpty() ? "Search" : "Search: " + query), model);
    }
}
