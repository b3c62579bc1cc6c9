package com.minerdesk.writeups;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.db.Database;
import com.minerdesk.market.WeekQueries;
import com.minerdesk.web.Feature;
import com.minerdesk.web.Pages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.ZoneId;

/** Write-ups: the editor's pages, revisions, the public pages and search. */
public final class WriteupsFeature implements Feature {
    private final WriteupQueries queries;
    private final EditorWriteupRoutes editor;
    private final RevisionRoutes revisions;
    private final PublicWriteupRoutes publicPages;
    private final SearchRoutes search;

    public WriteupsFeature(Database db, Pages pages, Clock clock, ZoneId zone, ClientAddress clientAddress,
            WeekQueries weeks, WriteupRenderer renderer) {
        this(db, pages, clock, zone, clientAddress, weeks, renderer, BodyChecks.NONE);
    }

    /** With the checks another feature supplies (live data) for the editor and for publishing. */
    public WriteupsFeature(Database db, Pages pages, Clock clock, ZoneId zone, ClientAddress clientAddress,
            WeekQueries weeks, WriteupRenderer renderer, BodyChecks checks) {
        this.queries = new WriteupQueries(db.dsl(), clock);
        WriteupStore store = new WriteupStore(db, renderer, clock, checks);
        RevisionQueries revisionQueries = new RevisionQueries(db.dsl());
        this.editor = new EditorWriteupRoutes(queries, store, revisionQueries, renderer, weeks, pages, clientAddress, zone, checks);
        this.revisions = new RevisionRoutes(queries, revisionQueries, store, editor, pages, clientAddress);
        this.publicPages = new PublicWriteupRoutes(queries, pages, renderer);
        this.search = new SearchRoutes(new Search(db.dsl(), queries, renderer), pages);
    }

    /** The read side, for the home page and the editor's dashboard. */
    public WriteupQueries queries() {
        return queries;
    }

    @Override
    public void routes(RoutesConfig routes) {
        editor.routes(routes);
        revisions.routes(routes);
        publicPages.routes(routes);
        search.routes(routes);
    }
}
