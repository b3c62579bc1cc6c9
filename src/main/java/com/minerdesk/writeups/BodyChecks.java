package com.minerdesk.writeups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Checks of a write-up's text supplied by another feature (live data: placeholder errors and typed
 * figures that disagree with the data). Errors block publishing; mismatches need an acknowledgement.
 */
public interface BodyChecks {

    BodyChecks NONE = new BodyChecks() {
        @Override
        public BodyReport check(String markdown, LocalDate weekEnd) {
            return BodyReport.CLEAN;
        }

        @Override
        public void store(DSLContext tx, long writeupId, LocalDate weekEnd, BodyReport report, String acknowledgedBy) {
        }

        @Override
        public BodyReport current(long writeupId, String markdown, LocalDate weekEnd) {
            return BodyReport.CLEAN;
        }

        @Override
        public List<FlaggedWriteup> flagged(WriteupQueries writeups, int limit) {
            return List.of();
        }
    };

    /** A fresh check of a text for its week (null: the latest week). */
    BodyReport check(String markdown, LocalDate weekEnd);

    /** Stores a saved write-up's report for its week, inside the save's transaction. */
    void store(DSLContext tx, long writeupId, LocalDate weekEnd, BodyReport report, String acknowledgedBy);

    /** The stored report while the text and the data are unchanged, else a fresh check. */
    BodyReport current(long writeupId, String markdown, LocalDate weekEnd);

    /** Write-ups whose text disagrees with the current data, newest first. */
    List<FlaggedWriteup> flagged(WriteupQueries writeups, int limit);

    /** Why a save cannot publish, keyed by form field, or empty. */
    static Optional<String> publishingBlocked(BodyReport report, boolean publishing, boolean acknowledged) {
        if (!publishing) {
            return Optional.empty();
        }
        if (!report.errors().isEmpty()) {
            return Optional.of("Publishing is blocked until the placeholder errors listed above are fixed.");
        }
        if (report.hasMismatches() && !acknowledged) {
            return Optional.of("Figures in the text disagree with the data (listed above). Correct them, or tick "
                    + "“Publish anyway” to publish as written.");
        }
        return Optional.empty();
    }
}
