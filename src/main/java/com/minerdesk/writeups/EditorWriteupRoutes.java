package com.minerdesk.writeups;

import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.accounts.ExpiredForms;
import com.minerdesk.market.WeekQueries;
import com.minerdesk.web.Confirmation;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The editor's write-up pages: {@code /editor/writeups} (all), {@code /new}, {@code /{id}} (edit and
 * save), {@code /{id}/preview}, {@code /{id}/autosave}, {@code /{id}/unpublish}, {@code /{id}/delete} (a confirmation, then the
 * POST), and for admins
 * {@code /editor/writeups/deleted} with {@code /{id}/undelete}.
 */
public final class EditorWriteupRoutes {
    static final int PAGE = 50;
    private final WriteupQueries queries;
    private final WriteupStore store;
    private final RevisionQueries revisions;
    private final WriteupRenderer renderer;
    private final WeekQueries weeks;
    private final Pages pages;
    private final ClientAddress clientAddress;
    private final ZoneId zone;
    private final BodyChecks checks;

    EditorWriteupRoutes(WriteupQueries queries, WriteupStore store, RevisionQueries revisions, WriteupRenderer renderer, WeekQueries weeks,
            Pages pages, ClientAddress clientAddress, ZoneId zone, BodyChecks checks) {
        this.queries = queries;
        this.store = store;
        this.revisions = revisions;
        this.renderer = renderer;
        this.weeks = weeks;
        this.pages = pages;
        this.clientAddress = clientAddress;
        this.zone = zone;
        this.checks = checks;
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such write-up.");
        }
    }

    /** The live (not deleted) write-up, or a 404 that says where a deleted one can be found. */
    StoredWriteup live(Context ctx) {
        StoredWriteup w = queries.stored(id(ctx)).orElseThrow(() -> new NotFoundResponse("There is no such write-up."));
        if (w.deletedAt() != null) {
            throw new NotFoundResponse("This write-up was deleted. An admin can restore it from the deleted write-ups.");
        }
        return w;
    }

    public void newForm(Context ctx) {
        edit(ctx, 200, null, WriteupForm.empty(), Map.of(), null, null);
    }

    public void list(Context ctx) {
        int page = Params.page(ctx.queryParam("page"));
        Pager pager = new Pager(page, PAGE, queries.allCount(), "/editor/writeups?");
        Map<String, Object> model = new HashMap<>();
        model.put("items", queries.all(PAGE, pager.offset()));
        model.put("pager", pager);
        model.put("now", queries.now());
        pages.render(ctx, "writeups/editor-list", PageMeta.titled("All write-ups"), model);
    }

    public void show(Context ctx) {
        StoredWriteup w = live(ctx);
        String notice = ctx.queryParam("saved") != null ? "Saved." : null;
        BodyReport report = checks.current(w.id(), w.bodyMarkdown(), w.weekEnd());
        WriteupForm form = WriteupForm.of(w, zone, queries.now());
        if (report.acknowledgedBy() != null) {
            form = form.acknowledging();
        }
        edit(ctx, 200, w, form, Map.of(), null, notice, report);
    }

    public void create(Context ctx) {
        CurrentUser user = Access.user(ctx);
        WriteupForm form = WriteupForm.from(ctx);
        WriteupForm.Validation v = form.validate(weeks, zone, queries.now());
        if (!v.ok()) {
            edit(ctx, 422, null, form, v.errors(), null, null);
            return;
        }
        answer(ctx, store.create(user, clientAddress.of(ctx), v.input()), null, form);
    }

    public void save(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = live(ctx);
        WriteupForm form = WriteupForm.from(ctx);
        WriteupForm.Validation v = form.validate(weeks, zone, queries.now());
        if (form.versionNumber().isEmpty()) {
            Map<String, String> errors = new HashMap<>(v.errors());
            errors.put("version", "The form lost its version number. Reload the page and try again.");
            edit(ctx, 422, w, form, errors, null, null);
            return;
        }
        if (!v.ok()) {
            edit(ctx, 422, w, form, v.errors(), null, null);
            return;
        }
        SaveOutcome outcome = store.save(w.id(), form.versionNumber().get(), user, clientAddress.of(ctx), v.input());
        answer(ctx, outcome, w, form);
    }

    /**
     * {@code POST /{id}/autosave} (and {@code /new/autosave}), sent by {@code static/editor.js} while a
     * draft is typed: the form's fields and the page's editing-session key; answers JSON with the saved
     * id and version, or why nothing was saved.
     */
    public void autosave(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = "new".equals(ctx.pathParam("id")) ? null : live(ctx);
        String key = ctx.formParam("autosave");
        if (key == null || !key.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new io.javalin.http.BadRequestResponse("An autosave needs its page's session key.");
        }
        WriteupForm form = WriteupForm.from(ctx);
        WriteupForm.Validation v = form.validate(weeks, zone, queries.now());
        if (!v.ok()) {
            autosaveAnswer(ctx, 422, "Not saved yet: " + v.errors().values().iterator().next(), w);
            return;
        }
        int version = w == null ? 0 : form.versionNumber().orElse(-1);
        SaveOutcome outcome = store.autosave(w == null ? null : w.id(), version, key, user, clientAddress.of(ctx), v.input());
        if (outcome instanceof SaveOutcome.Saved saved) {
            ctx.json(Map.of("saved", true, "id", saved.id(), "version", saved.version(),
                    "message", "Draft saved " + pages.fmt().dateTime(queries.now()) + "."));
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            autosaveAnswer(ctx, 409, "Not saved: someone else saved version " + conflict.current().version()
                    + ". Press Save to see both texts.", w);
        } else if (outcome instanceof SaveOutcome.Invalid invalid) {
            autosaveAnswer(ctx, 422, "Not saved yet: " + invalid.errors().values().iterator().next(), w);
        } else {
            throw new NotFoundResponse("There is no such write-up.");
        }
    }

    private static void autosaveAnswer(Context ctx, int status, String message, StoredWriteup w) {
        ctx.status(status).json(Map.of("saved", false, "message", message, "id", w == null ? 0 : w.id()));
    }

    /** Redirect after a save; the conflict page; or the form with its errors. */
    private void answer(Context ctx, SaveOutcome outcome, StoredWriteup w, WriteupForm form) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            ctx.redirect("/editor/writeups/" + saved.id() + "?saved=1", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            conflict(ctx, form, conflict.current());
        } else if (outcome instanceof SaveOutcome.Invalid invalid) {
            edit(ctx, 422, w, form, invalid.errors(), null, null);
        } else {
            throw new NotFoundResponse("There is no such write-up.");
        }
    }

    private void conflict(Context ctx, WriteupForm submitted, StoredWriteup current) {
        Map<String, Object> model = new HashMap<>();
        model.put("submitted", submitted);
        model.put("resubmit", submitted.withVersion(current.version()));
        // "Save mine over" sends the text again: its "publish anyway" goes with it, or can be ticked here
        model.put("report", submitted.bodyTooLong() ? BodyReport.CLEAN : checks.check(submitted.body(), submitted.weekOrNull(weeks)));
        model.put("current", current);
        model.put("savedBy", revisions.latest(current.id()).map(Revision::savedByName).orElse("Someone"));
        model.put("diff", LineDiff.between(
                Revision.asText(current.title(), current.slug(), current.summary(), current.tagList(),
                        current.weekEnd() == null ? "" : current.weekEnd().toString(), current.shownStatus(queries.now()),
                        current.bodyMarkdown()),
                Revision.asText(submitted.title(), submitted.slug(), submitted.summary(), submitted.tags(), submitted.week(),
                        submitted.status(), submitted.body())));
        ctx.status(409);
        pages.render(ctx, "writeups/conflict", PageMeta.titled("Not saved: someone else saved first"), model);
    }

    public void preview(Context ctx) {
        boolean isNew = "new".equals(ctx.pathParam("id"));
        StoredWriteup w = isNew ? null : live(ctx);
        WriteupForm form = WriteupForm.from(ctx);
        if (form.bodyTooLong()) {
            edit(ctx, 422, w, form, Map.of("body", WriteupForm.BODY_TOO_LONG), null, null);
            return;
        }
        // the week is held to the rule a save applies: a preview never swaps in another week unasked
        Map<String, String> weekErrors = form.weekErrors(weeks);
        if (!weekErrors.isEmpty()) {
            edit(ctx, 422, w, form, weekErrors, null, "No preview: the market week is not one the site has data for.");
            return;
        }
        java.time.LocalDate week = form.weekOrNull(weeks);
        boolean live = checks.usesLiveData(form.body());
        Map<String, String> errors = BodyChecks.weekMissing(checks, form.body(), !form.isStatus(Status.DRAFT.value()), week)
                ? Map.of("week", BodyChecks.WEEK_NEEDED) : Map.of();
        String notice = week == null && live
                ? "No market week named: the live figures below are those of the latest week, and will move on with it. "
                        + "Name the week to pin them."
                : null;
        Rendered rendered = renderer.render(form.body(), new RenderContext(w == null ? null : w.id(), week));
        edit(ctx, errors.isEmpty() ? 200 : 422, w, form, errors, ScrollingTables.wrap(renderer.show(rendered.html(), week)),
                notice);
    }

    public void unpublish(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = live(ctx);
        int version = WriteupForm.from(ctx).versionNumber().orElse(-1);
        SaveOutcome outcome = store.unpublish(w.id(), version, user, clientAddress.of(ctx));
        answer(ctx, outcome, w, WriteupForm.of(w, zone, queries.now()));
    }

    /** {@code GET /{id}/delete}: what deleting does, before it is done. */
    public void confirmDelete(Context ctx) {
        deleteConfirmation(live(ctx)).render(pages, ctx, 200);
    }

    public void delete(Context ctx) {
        CurrentUser user = Access.user(ctx);
        StoredWriteup w = live(ctx);
        if (!Confirmation.confirmed(ctx)) {
            deleteConfirmation(w).render(pages, ctx, 200);
            return;
        }
        store.delete(w.id(), user, clientAddress.of(ctx));
        ctx.redirect("/editor?deleted=" + w.id(), HttpStatus.SEE_OTHER);
    }

    private Confirmation deleteConfirmation(StoredWriteup w) {
        OffsetDateTime now = queries.now();
        String edit = "/editor/writeups/" + w.id();
        return Confirmation.of("Delete “" + w.title() + "”?", edit + "/delete", "Delete the write-up", edit)
                .crumb("Write-ups", "/editor/writeups").crumb("#" + w.id(), edit).crumb("Delete", null)
                .fact("Status", w.shownStatus(now)).fact("Version", String.valueOf(w.version())).fact("By", w.authorName())
                .explain(w.isPublicAt(now)
                        ? "It goes off the site at once: its page at " + w.path() + " answers “not found”, and it leaves the lists, search and feeds."
                        : "It is not public; it leaves the editor's lists.")
                .explain("An admin can restore it, with all its versions, from the deleted write-ups.")
                .dangerous();
    }

    public void deleted(Context ctx) {
        pages.render(ctx, "writeups/deleted", PageMeta.titled("Deleted write-ups"), Map.of("items", queries.deleted()));
    }

    public void undelete(Context ctx) {
        CurrentUser admin = Access.user(ctx);
        if (!store.undelete(id(ctx), admin, clientAddress.of(ctx))) {
            throw new NotFoundResponse("There is no deleted write-up with this number.");
        }
        ctx.redirect("/editor/writeups/" + id(ctx) + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** The form with a fresh check of the text as typed. */
    private void edit(Context ctx, int status, StoredWriteup w, WriteupForm form, Map<String, String> errors,
            String previewHtml, String notice) {
        // an over-long text is refused before any check, which costs time in proportion to it
        BodyReport report = form.bodyTooLong() ? BodyReport.CLEAN : checks.check(form.body(), form.weekOrNull(weeks));
        edit(ctx, status, w, form, errors, previewHtml, notice, report);
    }

    private void edit(Context ctx, int status, StoredWriteup w, WriteupForm form, Map<String, String> errors,
            String previewHtml, String notice, BodyReport report) {
        Map<String, Object> model = editModel(w, form, errors, previewHtml, notice, report);
        ctx.status(status);
        pages.render(ctx, "writeups/edit", PageMeta.titled(w == null ? "New write-up" : "Edit: " + w.title()), model);
    }

    /**
     * The submitted form again, not saved, after its session ended (with the inline sign-in) or its
     * token went stale. Signed out, it shows only what was submitted: nothing stored is read.
     */
    void rescue(Context ctx, Long id, ExpiredForms.Rescue rescue) {
        WriteupForm form = WriteupForm.from(ctx);
        StoredWriteup w = rescue.signInNeeded() || id == null ? null
                : queries.stored(id).filter(s -> s.deletedAt() == null).orElse(null);
        Map<String, String> errors = rescue.error() == null ? Map.of() : Map.of(ExpiredForms.Rescue.PASSWORD_FIELD, rescue.error());
        BodyReport report = rescue.signInNeeded() || form.bodyTooLong() ? BodyReport.CLEAN : checks.check(form.body(), form.weekOrNull(weeks));
        Map<String, Object> model = editModel(w, form, errors, null, null, report);
        model.put("rescue", rescue);
        model.put("action", id == null ? "/editor/writeups/new" : "/editor/writeups/" + id);
        ctx.status(rescue.status());
        pages.render(ctx, "writeups/edit", PageMeta.titled(rescue.signInNeeded() ? "Not saved: sign in to save your text"
                : "Not saved: press Save again"), model);
    }

    private Map<String, Object> editModel(StoredWriteup w, WriteupForm form, Map<String, String> errors,
            String previewHtml, String notice, BodyReport report) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("writeup", w);
        model.put("form", form);
        model.put("errors", errors);
        model.put("preview", previewHtml);
        model.put("notice", notice);
        model.put("zone", zone.getId());
        model.put("now", queries.now());
        model.put("action", w == null ? "/editor/writeups/new" : "/editor/writeups/" + w.id());
        model.put("editorScript", pages.asset("editor.js"));
        return model;
    }

}
