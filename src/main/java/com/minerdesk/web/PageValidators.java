package com.minerdesk.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** Validators of cached pages: an ETag over the content, and the If-None-Match / If-Modified-Since checks. */
final class PageValidators {
    private PageValidators() {
    }

    /** Weak, because the same tag stands for the plain and the gzip body. */
    static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 10) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match wins when sent; otherwise If-Modified-Since against Last-Modified, if the page has one. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, CachedPage page) {
        return ifNoneMatch != null ? matches(ifNoneMatch, page.etag())
                : notModifiedSince(ifModifiedSince, page.headers().get("Last-Modified"));
    }

    /** If-None-Match holds a list of tags or *; weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = strip(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || strip(t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    static boolean notModifiedSince(String ifModifiedSince, String lastModified) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
