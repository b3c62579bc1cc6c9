package com.minerdesk.writeups;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.ExpiredForms;
import com.minerdesk.db.Database;
import com.minerdesk.market.WeekQueries;
import com.minerdesk.web.Pages;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Write-ups: the editor's pages, revisions, the public pages and search; {@code queries} is the read
 * side, for the home page and the editor's dashboard; {@code expiredForm} shows the edit form again
 * when its session has ended.
 */
public record WriteupsFeature(WriteupQueries queries, EditorWriteupRoutes editor, RevisionRoutes revisions,
        PublicWriteupRoutes publicPages, SearchRoutes search, ExpiredForms.Resumable expiredForm) {

    /** With the checks another feature supplies (live data) for the editor and for publishing, and the featured images (images). */
    public static WriteupsFeature of(Database db, Pages pages, Clock clock, ZoneId zone, ClientAddress clientAddress,
            WeekQueries weeks, WriteupRenderer renderer, BodyChecks checks, FeaturedImages featuredImages) {
        WriteupQueries queries = new WriteupQueries(db.dsl(), clock);
        WriteupStore store = new WriteupStore(db, renderer, clock, checks);
        RevisionQueries revisionQueries = new RevisionQueries(db.dsl());
        EditorWriteupRoutes editor = new EditorWriteupRoutes(queries, store, revisionQueries, renderer, weeks, pages,
                clientAddress, zone, checks);
        return new WriteupsFeature(queries, editor,
                new RevisionRoutes(queries, revisionQueries, store, editor, pages, clientAddress),
                new PublicWriteupRoutes(queries, pages, renderer, featuredImages, new IndexQueries(db.dsl(), clock)),
                new SearchRoutes(new Search(db.dsl(), queries, renderer), pages),
                new ExpiredWriteupForm(editor));
    }
}
