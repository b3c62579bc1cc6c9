package com.minerdesk.fetch;

/** A source could not be read; the message names the address and what went wrong. */
public final class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }
}
