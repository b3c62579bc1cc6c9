package com.minerdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a reader can meet is a page in the site's layout with a plain message: 400 for
 * malformed input, 404 for unknown things, 405 for a wrong method. Unexpected failures are logged
 * and shown as a short 500 page without any internals.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String NO_PAGE = "There is no page at this address.";
    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        // Javalin's own "Endpoint GET /x not found" names the router, not the site
        routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, e.getStatus(),
                e instanceof EndpointNotFound ? NO_PAGE : e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            int clientFault = RequestFaults.statusOf(e);
            if (clientFault > 0) {
                render(ctx, clientFault, RequestFaults.message(clientFault));
                return;
            }
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            render(ctx, 500, "Something went wrong on our side. The error has been logged; please try again.");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(RequestAttributes.ERROR_RENDERED) == null) {
                render(ctx, 404, NO_PAGE);
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(RequestAttributes.ERROR_RENDERED) == null) {
                render(ctx, 405, "This address does not accept that method.");
            }
        });
    }

    public void render(Context ctx, int status, String message) {
        ctx.attribute(RequestAttributes.ERROR_RENDERED, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        String safeMessage = message == null || message.isBlank() || status == 500 && !message.startsWith("Something")
                ? defaultMessage(status) : message;
        try {
            pages.render(ctx, "errors/error", PageMeta.titled(title(status)), Map.of("status", status, "message", safeMessage));
        } catch (RuntimeException renderFailure) {
            LOG.error("Error page failed to render", renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + title(status) + "\n" + safeMessage);
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 422 -> "Cannot be processed";
            case 429 -> "Too many requests";
            case 503 -> "Unavailable";
            default -> status >= 500 ? "Server error" : "Error";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> NO_PAGE;
            case 400 -> "The request was not understood.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again." : "The request could not be completed.";
        };
    }
}
