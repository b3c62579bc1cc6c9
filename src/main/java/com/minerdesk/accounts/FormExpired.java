package com.minerdesk.accounts;

import io.javalin.http.ForbiddenResponse;

/**
 * A POST whose CSRF token does not match the session: the session ended, the editor signed in again
 * elsewhere, or the form did not come from this site. {@link ExpiredForms} shows a feature's form
 * again with what was submitted; any other form answers 403 as before. {@code signInStatus} is 401, or
 * the status of an inline sign-in that was refused (401, 429).
 */
public final class FormExpired extends ForbiddenResponse {
    static final String MESSAGE = "This form has expired or did not come from this site. Reload the page and try again.";
    private final int signInStatus;
    private final String signInError;

    FormExpired() {
        this(401, null);
    }

    FormExpired(int signInStatus, String signInError) {
        super(MESSAGE);
        this.signInStatus = signInStatus;
        this.signInError = signInError;
    }

    int signInStatus() {
        return signInStatus;
    }

    String signInError() {
        return signInError;
    }
}
