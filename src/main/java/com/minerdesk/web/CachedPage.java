package com.minerdesk.web;

import java.util.Map;

/**
 * A public response ready to send: its plain bytes and, for compressible types, the same bytes
 * gzip-compressed once, so that serving it again costs neither a query nor a compression.
 */
record CachedPage(
        Generation generation,
        String etag,
        String contentType,
        String cacheControl,
        Map<String, String> headers,
        byte[] plain,
        byte[] gzip) {

    long size() {
        return plain.length + (gzip == null ? 0 : gzip.length) + 512L;
    }
}
