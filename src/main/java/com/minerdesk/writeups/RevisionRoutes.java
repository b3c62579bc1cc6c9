package com.minerdesk.writeups;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /editor/writeups/{id}/revisions}: every saved version with who saved it and when;
 * {@code ?show=N} shows version N and its line difference to the current one;
 * {@code POST .../revisions/{n}/restore} makes version N's text the new current version.
 */
public final class RevisionRoutes {
    private final WriteupQueries queries;
    private final RevisionQueries revisions;
    private final WriteupStore store;
    private final EditorWriteupRoutes editor;
    private final Pages pages;
    private final ClientAddress clientAddress;

    RevisionRoutes(WriteupQueries queries, RevisionQueries revisions, WriteupStore store, EditorWriteupRoutes editor,
            Pages pages, ClientAddress clientAddress) {
        this.queries = queries;
        this.revisions = revisions;
        this.store = store;
        this.editor = editor;
        this.pages = pages;
        this.clientAddress = clientAddress;
    }

    public void list(Context ctx) {
        StoredWriteup w = editor.live(ctx);
        List<Revision> all = revisions.all(w.id());
        Map<String, Object> model = new HashMap<>();
        model.put("writeup", w);
        model.put("revisions", all);
        String show = ctx.queryParam("show");
        if (show != null) {
            Revision shown = revisions.one(w.id(), version(show))
                    .orElseThrow(() -> new NotFoundResponse("This write-up has no version " + show + "."));
            Revision current = all.get(0);
            List<LineDiff.Line> diff = LineDiff.between(shown.asText(), current.asText());
            model.put("shown", shown);
            model.put("diff", diff);
            model.put("changed", LineDiff.anyChange(diff));
        }
        pages.render(ctx, "writeups/revisions", versionsOf(w), model);
    }

    public void restore(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = editor.live(ctx);
        int revision = version(ctx.pathParam("version"));
        int expected = WriteupForm.from(ctx).versionNumber().orElse(-1);
        SaveOutcome outcome = store.restoreRevision(w.id(), expected, revision, user, clientAddress.of(ctx));
        if (outcome instanceof SaveOutcome.Saved) {
            ctx.redirect("/editor/writeups/" + w.id() + "?saved=1", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SaveOutcome.Conflict) {
            ctx.status(409);
            Map<String, Object> model = new HashMap<>();
            model.put("writeup", queries.stored(w.id()).orElseThrow());
            model.put("revisions", revisions.all(w.id()));
            model.put("notice", "Someone saved this write-up after you opened this page, so version " + revision
                    + " was not restored. Look at the versions again and restore once more if you still want it.");
            pages.render(ctx, "writeups/revisions", versionsOf(w), model);
        } else {
            throw new NotFoundResponse("This write-up has no version " + revision + ".");
        }
    }

    private static int version(String value) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Versions are numbered from 1.");
        }
    }

    private static PageMeta versionsOf(StoredWriteup w) {
        return PageMeta.titled("Versions: " + w.title());
    }
}
