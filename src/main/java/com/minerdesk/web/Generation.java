package com.minerdesk.web;

/**
 * What a cached page depends on besides its address: the content version (bumped by every write),
 * the templates' modification stamp (0 when they come from the jar) and the span of time in which
 * nothing changes by time alone, from {@code validFrom} (when this generation was worked out) up to
 * {@code changesAt} (the next {@link TimeBoundaries time boundary}, such as a scheduled publication).
 * {@code serial} orders the generations of one cache.
 */
record Generation(long serial, long contentVersion, long sourceStamp, long validFrom, long changesAt) {

    /** Whether nothing has moved on since: same version and sources, and the time still inside the span. */
    boolean holds(long version, long stamp, long now) {
        return version == contentVersion && stamp == sourceStamp && now >= validFrom && now < changesAt;
    }
}
