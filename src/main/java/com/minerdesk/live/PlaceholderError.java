package com.minerdesk.live;

/** A placeholder the editor must fix before publishing, with the line of the Markdown it is on. */
public record PlaceholderError(int line, String written, String message) {

    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
