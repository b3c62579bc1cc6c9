package com.minerdesk.writeups;

import java.util.Map;

/** What a save did: saved, refused because someone saved first, or refused with field errors. */
public sealed interface SaveOutcome {

    record Saved(long id, int version) implements SaveOutcome {
    }

    /** The version sent was not the current one; nothing was changed. */
    record Conflict(StoredWriteup current) implements SaveOutcome {
    }

    record Invalid(Map<String, String> errors) implements SaveOutcome {
    }

    record NotFound() implements SaveOutcome {
    }
}
