package com.minerdesk.desk.imports;

import com.minerdesk.desk.DeskPage;
import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.web.PageMeta;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /editor/import}: upload a CSV file of daily bars or sector metrics to preview or commit
 * it; {@code /editor/imports}: the import log; {@code /editor/imports/{id}/rollback}: what rolling an
 * entry back would do (the confirmation step), and the rollback itself; {@code /editor/bars/delete}:
 * the deletion of a company's bars over a date range, an entry of the same log.
 */
public final class ImportRoutes {
    private static final PageMeta IMPORT = PageMeta.titled("Import CSV");
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private final Importer importer;
    private final ImportRollback rollbacks;
    private final DeskPage page;

    public ImportRoutes(Importer importer, ImportRollback rollbacks, DeskPage page) {
        this.importer = importer;
        this.rollbacks = rollbacks;
        this.page = page;
    }

    public void form(Context ctx) {
        page.render(ctx, 200, "desk/import", IMPORT, model());
    }

    public void upload(Context ctx) {
        CurrentUser editor = Access.user(ctx);
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        String fileName = upload == null ? "" : fileName(upload.filename());
        if (fileName.isEmpty()) {
            rejected(ctx, "Choose a CSV file to upload.", null);
            return;
        }
        if (upload.size() > MAX_BYTES) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), String.format(
                    "The file %s is %.1f MB; files of up to 20 MB can be imported. Split it, for example by year, and import the parts.",
                    fileName, upload.size() / 1024.0 / 1024.0));
        }
        String mode = ctx.formParam("mode");
        if (!"preview".equals(mode) && !"commit".equals(mode)) {
            throw new BadRequestResponse("Choose Preview or Import.");
        }
        ParsedFile file;
        try {
            file = importer.read(bytes(upload));
        } catch (UnreadableFileException e) {
            rejected(ctx, e.getMessage(), fileName);
            return;
        }
        Map<String, Object> model = model();
        model.put("fileName", fileName);
        model.put("file", file);
        if (!file.valid()) {
            page.render(ctx, 422, "desk/import", IMPORT, model);
            return;
        }
        if ("preview".equals(mode)) {
            model.put("preview", importer.preview(file));
            page.render(ctx, 200, "desk/import", IMPORT, model);
            return;
        }
        ImportResult result = importer.commit(file, fileName, new ImportActor(editor.id(), editor.name()),
                (tx, done) -> Audit.record(tx, page.now(), editor, page.clientIp(ctx), "import-committed", "import " + done.importId()
                        + ", " + fileName + " (" + file.kind().label() + "): " + done.plan().added() + " new, "
                        + done.plan().changed() + " changed, " + done.plan().unchanged() + " unchanged"));
        ctx.redirect("/editor/imports?done=" + result.importId(), HttpStatus.SEE_OTHER);
    }

    private void rejected(Context ctx, String message, String fileName) {
        Map<String, Object> model = model();
        model.put("rejected", message);
        model.put("fileName", fileName);
        page.render(ctx, 422, "desk/import", IMPORT, model);
    }

    public void log(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        List<ImportEntry> entries = importer.log(200);
        model.put("entries", entries);
        String done = ctx.queryParam("done");
        model.put("done", entries.stream().filter(e -> Long.toString(e.id()).equals(done)).findFirst().orElse(null));
        String rolledBack = ctx.queryParam("rolledBack");
        model.put("rolledBack", entries.stream().filter(e -> Long.toString(e.id()).equals(rolledBack)).findFirst().orElse(null));
        page.render(ctx, 200, "desk/imports", PageMeta.titled("Import log"), model);
    }

    public void confirmRollback(Context ctx) {
        RollbackCheck check = rollbacks.check(entryId(ctx)).orElseThrow(() -> new NotFoundResponse("No such import."));
        renderRollback(ctx, check.possible() ? 200 : 409, check);
    }

    public void rollback(Context ctx) {
        long id = entryId(ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            throw new BadRequestResponse("Confirm the rollback on its page first.");
        }
        if (rollbacks.check(id).isEmpty()) {
            throw new NotFoundResponse("No such import.");
        }
        CurrentUser editor = Access.user(ctx);
        try {
            rollbacks.rollback(id, editor.name(), (tx, e) -> Audit.record(tx, page.now(), editor, page.clientIp(ctx), "import-rolled-back",
                    "import " + e.id() + ", " + e.source() + " (" + e.kindLabel() + ", " + e.firstDate() + " – "
                            + e.lastDate() + "): rolled back"));
        } catch (ImportRollback.Refused refused) {
            renderRollback(ctx, 409, refused.check());
            return;
        }
        ctx.redirect("/editor/imports?rolledBack=" + id, HttpStatus.SEE_OTHER);
    }

    private void renderRollback(Context ctx, int status, RollbackCheck check) {
        Map<String, Object> model = new HashMap<>();
        model.put("check", check);
        model.put("entry", check.entry());
        page.render(ctx, status, "desk/rollback", PageMeta.titled("Roll back an import"), model);
    }

    private static long entryId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("No such import.");
        }
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("kinds", CsvKind.values());
        model.put("maxMegabytes", MAX_BYTES / 1024 / 1024);
        return model;
    }

    /** The name without any folder a browser may send, at most as long as the log keeps. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static byte[] bytes(UploadedFile upload) {
        try (InputStream in = upload.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
