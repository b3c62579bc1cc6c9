package com.minerdesk.writeups;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the checks found in a write-up's text for its week: {@code errors} block publishing;
 * {@code mismatches} (typed figures that disagree with the data) need an acknowledgement to publish.
 * {@code checkedAt} is set when the report is the stored one, {@code acknowledgedBy} when an editor
 * published it anyway.
 */
public record BodyReport(List<BodyFinding> errors, List<BodyFinding> mismatches, String textHash, String dataFingerprint,
        OffsetDateTime checkedAt, String acknowledgedBy) {

    public static final BodyReport CLEAN = new BodyReport(List.of(), List.of(), "", "", null, null);

    public boolean clean() {
        return errors.isEmpty() && mismatches.isEmpty();
    }

    public boolean hasMismatches() {
        return !mismatches.isEmpty();
    }
}
