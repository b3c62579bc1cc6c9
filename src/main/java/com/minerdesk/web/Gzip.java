package com.minerdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Which responses are worth compressing, whether a client accepts gzip, and the compression itself. */
final class Gzip {
    /** Below this a gzip body is hardly smaller than the plain one. */
    static final int MIN_SIZE = 256;

    private Gzip() {
    }

    /** Text formats: HTML, XML (RSS, Atom, sitemap), JSON (JSON Feed), CSS, CSV, JavaScript, SVG. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            t = t.substring(0, semicolon).trim();
        }
        return t.startsWith("text/")
                || t.equals("application/xml") || t.endsWith("+xml")
                || t.equals("application/json") || t.endsWith("+json")
                || t.equals("application/javascript");
    }

    /** True when Accept-Encoding lists gzip (or *) without q=0. Read without allocating: it runs on every hit. */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int n = acceptEncoding.length();
        int start = 0;
        while (start < n) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = n;
            }
            int semicolon = acceptEncoding.indexOf(';', start);
            int codingEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            int from = skipSpaces(acceptEncoding, start, codingEnd);
            int to = codingEnd;
            while (to > from && acceptEncoding.charAt(to - 1) == ' ') {
                to--;
            }
            boolean gzip = to - from == 4 && acceptEncoding.regionMatches(true, from, "gzip", 0, 4)
                    || to - from == 1 && acceptEncoding.charAt(from) == '*';
            if (gzip) {
                return codingEnd == end || !zeroQuality(acceptEncoding, codingEnd + 1, end);
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the parameters between {@code from} and {@code to} hold q=0 (or an unreadable q). */
    private static boolean zeroQuality(String header, int from, int to) {
        int q = skipSpaces(header, from, to);
        if (q + 2 > to || Character.toLowerCase(header.charAt(q)) != 'q' || header.charAt(q + 1) != '=') {
            return false;
        }
        boolean digitSeen = false;
        for (int i = q + 2; i < to; i++) {
            char c = header.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == '0') {
                digitSeen = true;
            } else if (c != '.' && c != ' ') {
                return true;
            }
        }
        return digitSeen;
    }

    private static int skipSpaces(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    static byte[] compress(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
