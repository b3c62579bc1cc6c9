package com.minerdesk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files under {@code static/}, served at {@code /static/name.HASH.ext} with a year's cache lifetime:
 * the hash changes when the content does, so browsers never keep a stale file. Read from disk when
 * run from the repository (edits show on reload), from the jar otherwise.
 */
public final class StaticAssets {
    private static final Pattern FINGERPRINTED = Pattern.compile("^([a-z0-9_-]+)\\.([0-9a-f]{12})\\.([a-z0-9]+)$");
    private static final Pattern PLAIN = Pattern.compile("^([a-z0-9_-]+)\\.([a-z0-9]+)$");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    private final Path dir;
    private final boolean fromDisk;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    private record Asset(byte[] bytes, String hash, long modified) {
    }

    public StaticAssets(Path projectDir) {
        this.dir = projectDir == null ? null : projectDir.resolve("static");
        this.fromDisk = dir != null && Files.isDirectory(dir);
    }

    /** The fingerprinted URL of a static file, e.g. {@code /static/style.1a2b3c4d5e6f.css}. */
    public String url(String name) {
        Asset a = load(name);
        int dot = name.lastIndexOf('.');
        return "/static/" + name.substring(0, dot) + "." + a.hash() + name.substring(dot);
    }

    public void serve(Context ctx) {
        String file = ctx.pathParam("file");
        Matcher m = FINGERPRINTED.matcher(file);
        String name;
        boolean fingerprinted = m.matches();
        if (fingerprinted) {
            name = m.group(1) + "." + m.group(3);
        } else if (PLAIN.matcher(file).matches()) {
            name = file;
        } else {
            throw new NotFoundResponse("No such file.");
        }
        send(ctx, name, fingerprinted ? m.group(2) : null);
    }

    /** {@code /favicon.ico}, which browsers and feed readers ask for without reading the page's icon link. */
    public void favicon(Context ctx) {
        send(ctx, "favicon.ico", null);
    }

    private void send(Context ctx, String name, String fingerprint) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null) {
            throw new NotFoundResponse("No such file.");
        }
        Asset a = load(name);
        if (a.hash().equals(fingerprint)) {
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            ctx.header("Cache-Control", "public, max-age=300");
        }
        String etag = "\"" + a.hash() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(a.bytes());
    }

    private Asset load(String name) {
        if (fromDisk) {
            Path p = dir.resolve(name).normalize();
            if (!p.startsWith(dir) || !Files.isRegularFile(p)) {
                throw new NotFoundResponse("No such file.");
            }
            try {
                long modified = Files.getLastModifiedTime(p).toMillis();
                Asset cached = cache.get(name);
                if (cached != null && cached.modified() == modified) {
                    return cached;
                }
                byte[] bytes = Files.readAllBytes(p);
                Asset a = new Asset(bytes, hash(bytes), modified);
                cache.put(name, a);
                return a;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("static/" + n)) {
                if (in == null) {
                    throw new NotFoundResponse("No such file.");
                }
                byte[] bytes = in.readAllBytes();
                return new Asset(bytes, hash(bytes), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
