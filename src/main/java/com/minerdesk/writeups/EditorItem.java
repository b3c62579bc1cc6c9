package com.minerdesk.writeups;

import java.time.OffsetDateTime;

/** A write-up in the editor's lists (dashboard, all write-ups, deleted ones). */
public record EditorItem(long id, String slug, String title, String status, OffsetDateTime publishAt,
        OffsetDateTime updatedAt, String authorName, OffsetDateTime deletedAt) {

    public String editPath() {
        return "/editor/writeups/" + id;
    }
}
