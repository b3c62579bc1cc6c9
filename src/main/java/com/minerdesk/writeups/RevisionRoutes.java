package com.minerdesk.writeups;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.web.Confirmation;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /editor/writeups/{id}/revisions}: every saved version with who saved it and when;
 * {@code ?show=N} shows version N and its line difference to the current one;
 * {@code GET .../revisions/{n}/restore} says what restoring version N does (and offers its status when
 * it differs); the {@code POST} with {@code confirm=yes} makes version N's text the new current version.
 */
public final class RevisionRoutes {
    static final String KEEP_STATUS = "keep";
    static final String TAKE_STATUS = "version";
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

    /** {@code GET .../revisions/{n}/restore}: what restoring version N does, and the choice of status when it differs. */
    public void confirmRestore(Context ctx) {
        StoredWriteup w = editor.live(ctx);
        restoreConfirmation(w, revision(w, ctx)).render(pages, ctx, 200);
    }

    public void restore(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = editor.live(ctx);
        Revision old = revision(w, ctx);
        if (!Confirmation.confirmed(ctx)) {
            restoreConfirmation(w, old).render(pages, ctx, 200);
            return;
        }
        int expected = WriteupForm.from(ctx).versionNumber().orElse(-1);
        boolean takeStatus = TAKE_STATUS.equals(ctx.formParam("status"));
        SaveOutcome outcome = store.restoreRevision(w.id(), expected, old.version(), takeStatus, user, clientAddress.of(ctx));
        if (outcome instanceof SaveOutcome.Saved) {
            ctx.redirect("/editor/writeups/" + w.id() + "?saved=1", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SaveOutcome.Invalid invalid) {
            restoreConfirmation(w, old).refused("Version " + old.version() + " was not restored with its status: "
                    + invalid.errors().values().iterator().next() + " Restore it keeping the current status, then publish from the edit form.")
                    .render(pages, ctx, 422);
        } else if (outcome instanceof SaveOutcome.Conflict) {
            ctx.status(409);
            Map<String, Object> model = new HashMap<>();
            model.put("writeup", queries.stored(w.id()).orElseThrow());
            model.put("revisions", revisions.all(w.id()));
            model.put("notice", "Someone saved this write-up after you opened this page, so version " + old.version()
                    + " was not restored. Look at the versions again and restore once more if you still want it.");
            pages.render(ctx, "writeups/revisions", versionsOf(w), model);
        } else {
            throw new NotFoundResponse("This write-up has no version " + old.version() + ".");
        }
    }

    private Revision revision(StoredWriteup w, Context ctx) {
        int n = version(ctx.pathParam("version"));
        return revisions.one(w.id(), n).orElseThrow(() -> new NotFoundResponse("This write-up has no version " + n + "."));
    }

    /** Says exactly what comes back (title, summary, tags, week, text) and what stays (address; status unless chosen). */
    private Confirmation restoreConfirmation(StoredWriteup w, Revision old) {
        OffsetDateTime now = queries.now();
        String current = w.shownStatus(now);
        String theirs = Status.SCHEDULED.value().equals(old.status()) && old.publishAt() != null && !old.publishAt().isAfter(now)
                ? Status.PUBLISHED.value() : old.status();
        String base = "/editor/writeups/" + w.id();
        Confirmation c = Confirmation.of("Restore version " + old.version() + " of “" + w.title() + "”?",
                        base + "/revisions/" + old.version() + "/restore", "Restore version " + old.version(), base + "/revisions?show=" + old.version())
                .crumb("Write-ups", "/editor/writeups").crumb("#" + w.id(), base).crumb("Versions", base + "/revisions")
                .crumb("Restore version " + old.version(), null)
                .fact("Version " + old.version(), "saved " + pages.fmt().dateTime(old.savedAt()) + " by " + old.savedByName())
                .fact("Its title", old.title())
                .fact("Status now", current + (w.publishAt() != null && !Status.DRAFT.value().equals(current) ? " (" + pages.fmt().dateTime(w.publishAt()) + ")" : ""))
                .fact("Status of version " + old.version(), theirs)
                .explain("Version " + old.version() + "’s title, summary, tags, week and text become a new version " + (w.version() + 1)
                        + "; every version stays in the list. The address stays " + w.path() + ".")
                .hidden("version", String.valueOf(w.version()));
        if (current.equals(theirs)) {
            return c.explain("The status stays " + current + ", as both versions have it.");
        }
        return c.choice(new Confirmation.Choice("status", "Status after the restore", List.of(
                new Confirmation.Option(KEEP_STATUS, "Keep the current status: " + current, true),
                new Confirmation.Option(TAKE_STATUS, "Take version " + old.version() + "’s status: " + theirs
                        + (Status.DRAFT.value().equals(theirs) ? " (off the site at once)" : ""), false))));
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
