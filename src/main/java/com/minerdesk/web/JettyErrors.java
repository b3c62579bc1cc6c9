package com.minerdesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers for requests Jetty rejects before Javalin sees them (an undecodable URI, oversized
 * headers, a malformed request line): the same security headers as every other page, and a short
 * plain-text message instead of Jetty's default page.
 */
final class JettyErrors extends ErrorHandler {
    private final SecurityHeaders headers;

    JettyErrors(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            // Jetty's parser says 505 for any protocol token it cannot read (even "HTTX/1.1"):
            // the client sent a malformed request line, which is a 400 like any other.
            code = HttpStatus.BAD_REQUEST_400;
            response.setStatus(code);
        }
        String text = code + " " + ErrorPages.title(code) + "\n" + explanation(code) + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String explanation(int code) {
        return switch (code) {
            case 400 -> "The request was not understood. This server speaks HTTP/1.1.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            case 413 -> "The request body is too large.";
            default -> HttpStatus.getMessage(code);
        };
    }
}
