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

    /** True when Accept-Encoding lists gzip (or *) without q=0. */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] bits = part.trim().split(";");
            String coding = bits[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            return !refused(bits);
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
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
