package com.minerdesk.writeups;

import java.time.OffsetDateTime;

/** A public write-up's address and dates, for the sitemap. */
public record WriteupStamp(String slug, OffsetDateTime publishAt, OffsetDateTime updatedAt, int version) {

    public String path() {
        return "/writeups/" + slug;
    }

    public OffsetDateTime lastChange() {
        return lastChange(publishAt, updatedAt, version);
    }

    /**
     * Publication, or the last save after it. A write-up never saved again since it was created
     * (version 1) has not changed since publication, even when it was created after its publication
     * date (imported, demo content).
     */
    static OffsetDateTime lastChange(OffsetDateTime publishAt, OffsetDateTime updatedAt, int version) {
        return version > 1 && updatedAt.isAfter(publishAt) ? updatedAt : publishAt;
    }
}
