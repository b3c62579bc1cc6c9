package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading Accept-Encoding and choosing what to compress. */
class GzipTest {
    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "deflate, gzip", " GZIP ", "br;q=1.0, gzip;q=0.8", "gzip;q=1",
        "gzip; q=0.001", "*", "identity, *;q=0.5"})
    void gzipIsAccepted(String header) {
        assertTrue(Gzip.accepted(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "deflate, br", "gzip;q=0", "gzip;q=0.0", "gzip; q=0.000, deflate", "*;q=0",
        "xgzip", "gzipx", "gzip;q=x"})
    void gzipIsNotAccepted(String header) {
        assertFalse(Gzip.accepted(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=utf-8", "text/css", "text/csv; charset=utf-8",
        "application/xml", "application/rss+xml", "application/atom+xml", "application/json", "application/feed+json",
        "image/svg+xml"})
    void textFormatsAreCompressed(String type) {
        assertTrue(Gzip.compressible(type), type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/zip", "application/octet-stream"})
    void binaryFormatsAreNot(String type) {
        assertFalse(Gzip.compressible(type), type);
    }
}
