package com.minerdesk.editor;

import com.minerdesk.accounts.Audit;
import com.minerdesk.db.Database;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /editor}: the editors' dashboard. */
public final class EditorHomeRoutes implements Feature {
    private final Database db;
    private final Pages pages;

    public EditorHomeRoutes(Database db, Pages pages) {
        this.db = db;
        this.pages = pages;
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/editor", this::dashboard);
    }

    private void dashboard(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("activity", Audit.recent(db.dsl(), 15, 0));
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "editor/dashboard", model);
    }
}
