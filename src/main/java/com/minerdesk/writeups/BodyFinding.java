package com.minerdesk.writeups;

/** One problem in a write-up's text, with the line of the Markdown it is on. */
public record BodyFinding(int line, String message, String excerpt) {
}
