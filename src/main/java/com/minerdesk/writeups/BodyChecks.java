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

        @Override
        public boolean usesLiveData(String markdown) {
            return false;
        }
    };

    String WEEK_NEEDED = "This write-up uses live figures: name the market week they are for (for example 2025-11-28) "
            + "before it is published or scheduled, so that its figures stay those of that week.";

    /** A fresh check of a text for its week (null: the latest week). */
    BodyReport check(String markdown, LocalDate weekEnd);

    /** Stores a saved write-up's report for its week, inside the save's transaction. */
    void store(DSLContext tx, long writeupId, LocalDate weekEnd, BodyReport report, String acknowledgedBy);

    /** The stored report while the text and the data are unchanged, else a fresh check. */
    BodyReport current(long writeupId, String markdown, LocalDate weekEnd);

    /** Write-ups whose text disagrees with the current data, newest first. */
    List<FlaggedWriteup> flagged(WriteupQueries writeups, int limit);

    /** Whether the text has live figures or blocks, which are evaluated for a market week. */
    boolean usesLiveData(String markdown);

    /** A published or scheduled text with live figures must be pinned to its week. */
    static boolean weekMissing(BodyChecks checks, String markdown, boolean publishing, LocalDate weekEnd) {
        return publishing && weekEnd == null && checks.usesLiveData(markdown);
    }

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
