package com.minerdesk.images;

import com.minerdesk.accounts.Access;
import com.minerdesk.accounts.ClientAddress;
import com.minerdesk.db.Database;
import com.minerdesk.web.PageMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.writeups.StoredWriteup;
import com.minerdesk.writeups.WriteupQueries;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /images/{sha256}.{png|jpg}} for everyone, kept by browsers and proxies for a year (the
 * address changes with the bytes); and for editors {@code /editor/writeups/{id}/images}: upload an
 * image with its alt text, copy the Markdown that places it, choose the featured image.
 */
public final class ImageRoutes {
    static final int MAX_ALT = 300;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final ImageQueries queries;
    private final ImageStore store;
    private final WriteupQueries writeups;
    private final Pages pages;
    private final ClientAddress clientAddress;

    public static ImageRoutes of(ImageQueries queries, Database db, Clock clock, WriteupQueries writeups, Pages pages,
            ClientAddress clientAddress) {
        return new ImageRoutes(queries, new ImageStore(db, clock), writeups, pages, clientAddress);
    }

    ImageRoutes(ImageQueries queries, ImageStore store, WriteupQueries writeups, Pages pages, ClientAddress clientAddress) {
        this.queries = queries;
        this.store = store;
        this.writeups = writeups;
        this.pages = pages;
        this.clientAddress = clientAddress;
    }

    public void serve(Context ctx) {
        String sha256 = ImagePaths.hashIn(ctx.pathParam("file"));
        StoredImage image = sha256 == null ? null : queries.bySha256(sha256)
                .filter(i -> ctx.pathParam("file").endsWith("." + i.format().extension)).orElse(null);
        if (image == null) {
            throw new NotFoundResponse("There is no image at this address.");
        }
        String etag = "\"" + image.sha256() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", IMMUTABLE);
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(image.format().mediaType).result(image.content());
    }

    public void page(Context ctx) {
        show(ctx, 200, writeup(ctx), "", Map.of(), ctx.queryParam("added") != null ? "The image was added." : null);
    }

    public void upload(Context ctx) {
        StoredWriteup w = writeup(ctx);
        String alt = ctx.formParam("alt") == null ? "" : ctx.formParam("alt").strip();
        Map<String, String> errors = new HashMap<>();
        if (alt.isEmpty()) {
            errors.put("alt", "Describe the image for readers who cannot see it (alt text).");
        } else if (alt.length() > MAX_ALT) {
            errors.put("alt", "The alt text is " + alt.length() + " characters; at most " + MAX_ALT + ".");
        }
        UploadedFile file = ctx.uploadedFile("file");
        ReencodedImage image = null;
        try {
            image = ImageReencoder.reencode(file == null ? new byte[0] : bounded(file), file == null ? null : file.filename());
        } catch (ImageRejected rejected) {
            errors.put("file", rejected.getMessage());
        }
        if (!errors.isEmpty()) {
            show(ctx, 422, w, alt, errors, null);
            return;
        }
        store.add(w.id(), image, alt, ctx.formParam("featured") != null, Access.user(ctx), clientAddress.of(ctx));
        ctx.redirect("/editor/writeups/" + w.id() + "/images?added=1", HttpStatus.SEE_OTHER);
    }

    public void feature(Context ctx) {
        StoredWriteup w = writeup(ctx);
        String chosen = ctx.formParam("image");
        Long imageId;
        try {
            imageId = chosen == null || chosen.equals("none") ? null : Long.valueOf(chosen);
        } catch (NumberFormatException e) {
            imageId = -1L;
        }
        if (!store.setFeatured(w.id(), imageId, Access.user(ctx), clientAddress.of(ctx))) {
            show(ctx, 422, w, "", Map.of("image", "That image is not one of this write-up's."), null);
            return;
        }
        ctx.redirect("/editor/writeups/" + w.id() + "/images", HttpStatus.SEE_OTHER);
    }

    /** The file's bytes, one past the limit at most: the re-encoder refuses anything longer. */
    private static byte[] bounded(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(ImageReencoder.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredWriteup writeup(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such write-up.");
        }
        return writeups.stored(id).filter(w -> w.deletedAt() == null)
                .orElseThrow(() -> new NotFoundResponse("There is no such write-up."));
    }

    private void show(Context ctx, int status, StoredWriteup w, String alt, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("writeup", w);
        model.put("images", queries.ofWriteup(w.id()));
        model.put("alt", alt);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("maxMegabytes", ImageReencoder.MAX_FILE_BYTES / 1024 / 1024);
        model.put("maxSide", ImageReencoder.MAX_SIDE);
        ctx.status(status);
        pages.render(ctx, "images/editor", PageMeta.titled("Images: " + w.title()), model);
    }
}
