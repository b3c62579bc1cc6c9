package com.minerdesk.live.factcheck;

/**
 * A typed figure that disagrees with the data: on which line, about what, what the text says,
 * what the data says, and the data's source figures.
 */
public record Mismatch(int line, String subject, String textSays, String dataSays, String source, String excerpt) {

    /** "ABTC: text says −47.40 %, data says −61.22 % (5.75 → 2.23)". */
    public String message() {
        return subject + ": text says " + textSays + ", data says " + dataSays + " (" + source + ")";
    }

    @Override
    public String toString() {
        return "Line " + line + ": " + message();
    }
}
