package com.minerdesk.web;

import java.util.Map;

/**
 * A public response ready to send: its plain bytes and, for compressible types, the same bytes
 * gzip-compressed once, so that serving it again costs neither a query nor a compression.
 * {@code renderedAt} (the app's clock, in milliseconds) gives the Age of a page served stale.
 */
record CachedPage(
        Generation generation,
        long renderedAt,
        String etag,
        String contentType,
        String cacheControl,
        Map<String, String> headers,
        byte[] plain,
        byte[] gzip) {

    /** Whole seconds since it was rendered, for the Age header. */
    long ageSeconds(long now) {
        return Math.max(0, (now - renderedAt) / 1000);
    }

    long size() {
        return plain.length + (gzip == null ? 0 : gzip.length) + 512L;
    }
}
