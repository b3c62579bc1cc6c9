package com.minerdesk.web;

/** Names of the request attributes that features share through the Javalin context. */
public final class RequestAttributes {
    /** The signed-in account (set by the accounts feature), or absent. */
    public static final String USER = "minerdesk.user";
    /** The CSRF token to put into forms (set by the accounts feature). */
    public static final String CSRF_TOKEN = "minerdesk.csrf";
    /** Marks a response whose error page has been written already. */
    static final String ERROR_RENDERED = "minerdesk.errorRendered";

    private RequestAttributes() {
    }
}
