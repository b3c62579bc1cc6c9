package com.minerdesk.editor;

import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import com.minerdesk.fetch.FetchLog;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.RequestAttributes;
import com.minerdesk.writeups.BodyChecks;
import com.minerdesk.writeups.WriteupQueries;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /editor}: the editors' dashboard: drafts, scheduled, recently published, recent activity. */
public final class EditorHomeRoutes {
    private final Database db;
    private final Pages pages;
    private final WriteupQueries writeups;
    private final BodyChecks checks;

    public EditorHomeRoutes(Database db, Pages pages, WriteupQueries writeups, BodyChecks checks) {
        this.db = db;
        this.pages = pages;
        this.writeups = writeups;
        this.checks = checks;
    }

    public void dashboard(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        CurrentUser user = ctx.attribute(RequestAttributes.USER);
        model.put("activity", user != null && user.isAdmin() ? Audit.recent(db.dsl(), 15, 0) : Audit.recentContent(db.dsl(), 15, 0));
        model.put("drafts", writeups.drafts(20));
        model.put("scheduled", writeups.scheduled(20));
        model.put("published", writeups.recentlyPublished(10));
        model.put("flagged", checks.flagged(writeups, 50));
        model.put("fetchRuns", FetchLog.recent(db.dsl(), 5));
        model.put("deletedNotice", ctx.queryParam("deleted") != null);
        pages.render(ctx, "editor/dashboard", PageMeta.titled("Editor"), model);
    }
}
