package com.minerdesk.desk.imports;

import java.util.List;

/**
 * Whether a log entry can be rolled back exactly: {@code refusal} says why not (null when it can),
 * {@code later} lists the later entries on the same rows that must be rolled back first, newest first.
 */
public record RollbackCheck(ImportEntry entry, String refusal, List<ImportEntry> later) {

    public boolean possible() {
        return refusal == null;
    }
}
