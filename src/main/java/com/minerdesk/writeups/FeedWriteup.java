package com.minerdesk.writeups;

import java.time.OffsetDateTime;
import java.util.List;

/** A public write-up with everything a feed entry needs. */
public record FeedWriteup(long id, String slug, String title, String summary, String bodyHtml,
        OffsetDateTime publishAt, OffsetDateTime updatedAt, int version, String authorName, List<Tag> tags) {

    public String path() {
        return "/writeups/" + slug;
    }

    /** When the write-up last changed for its readers: see {@link WriteupStamp#lastChange}. */
    public OffsetDateTime lastChange() {
        return WriteupStamp.lastChange(publishAt, updatedAt, version);
    }
}
