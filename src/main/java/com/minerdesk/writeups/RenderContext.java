package com.minerdesk.writeups;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a render step may know about the write-up being rendered, and where it reports the
 * companies the write-up mentions (stored in {@code writeup_companies} at save).
 */
public final class RenderContext {
    private final Long writeupId;
    private final LocalDate weekEnd;
    private final Set<Long> companyIds = new LinkedHashSet<>();

    public RenderContext(Long writeupId, LocalDate weekEnd) {
        this.writeupId = writeupId;
        this.weekEnd = weekEnd;
    }

    /** The write-up's id, or null for a write-up not saved yet (preview of a new one). */
    public Long writeupId() {
        return writeupId;
    }

    /** The market week the write-up covers, or null. */
    public LocalDate weekEnd() {
        return weekEnd;
    }

    public void mentionsCompany(long companyId) {
        companyIds.add(companyId);
    }

    public Set<Long> companyIds() {
        return Set.copyOf(companyIds);
    }
}
