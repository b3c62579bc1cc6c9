package com.minerdesk.fetch;

import java.time.OffsetDateTime;

/** One logged run of a source. */
public record FetchRun(long id, String source, OffsetDateTime startedAt, OffsetDateTime finishedAt, int fetched, int added,
        int changed, int refused, String outcome, String message) {

    public boolean endedWell() {
        return "ok".equals(outcome);
    }
}
