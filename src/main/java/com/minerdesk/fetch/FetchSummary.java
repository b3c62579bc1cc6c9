package com.minerdesk.fetch;

import java.util.List;

/**
 * What one run of a source did: rows fetched, new, changed, refused, and the problems met (one
 * line each, e.g. a ticker the source does not know). A run with problems is partial; a run that
 * could not read its source at all is failed.
 */
public record FetchSummary(String source, int fetched, int added, int changed, int refused, List<String> problems,
        boolean failed) {

    public FetchSummary {
        problems = List.copyOf(problems);
    }

    public String outcome() {
        return failed ? "failed" : problems.isEmpty() ? "ok" : "partial";
    }

    public String line() {
        return source + ": fetched " + fetched + ", new " + added + ", changed " + changed + ", refused " + refused
                + (problems.isEmpty() ? "" : "; " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
    }
}
