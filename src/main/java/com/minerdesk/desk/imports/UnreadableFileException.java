package com.minerdesk.desk.imports;

/** The upload is not a CSV text file at all (binary, not UTF-8, empty); the message says which. */
public final class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String message) {
        super(message);
    }
}
