package com.minerdesk.web;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Failures that mean the request itself was malformed, not that the app has a bug: a body that
 * cannot be parsed (bad multipart, broken chunks), a body that ends before its declared length,
 * an unknown character set. They surface from whichever handler first reads the body, so they
 * are recognised here once, for every route.
 */
final class RequestFaults {
    private RequestFaults() {
    }

    /** The 4xx status for a malformed request, or 0 when the failure is the app's own. */
    static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof EofException || t instanceof IllegalCharsetNameException
                    || t instanceof UnsupportedCharsetException) {
                return 400;
            }
        }
        return 0;
    }

    static String message(int status) {
        return switch (status) {
            case 413 -> "The request is too large.";
            case 431 -> "The request headers are too large.";
            default -> "The request could not be read: its body or character set is malformed.";
        };
    }
}
