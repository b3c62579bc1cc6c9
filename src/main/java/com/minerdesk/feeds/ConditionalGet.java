package com.minerdesk.feeds;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Validators and conditional GET for feeds and other machine-read documents: an ETag over the
 * body, Last-Modified from the newest content, 304 without a body when the client's copy is
 * current. As HTTP requires, If-None-Match wins over If-Modified-Since when both are sent.
 */
public final class ConditionalGet {
    static final String CACHE_CONTROL = "public, max-age=300";

    private ConditionalGet() {
    }

    /** Sends {@code body} with validators, or 304 when the request's validators match. */
    public static void send(Context ctx, String contentType, String body, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept-Encoding");
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, modified)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(bytes);
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant modified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** Weak comparison, as If-None-Match requires: {@code W/"x"} matches {@code "x"}; {@code *} matches all. */
    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || strip(c).equals(strip(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            // Weak: the same validator covers the plain and the gzip-encoded body.
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
