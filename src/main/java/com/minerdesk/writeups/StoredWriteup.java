package com.minerdesk.writeups;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A write-up as the editor sees it: the current version of every field. */
public record StoredWriteup(long id, String slug, String title, String summary, String bodyMarkdown, String bodyHtml,
        String tagList, LocalDate weekEnd, Status status, OffsetDateTime publishAt, long authorId, String authorName,
        int version, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime deletedAt) {

    /** Public at {@code now}: published or scheduled, and its time has come. */
    public boolean isPublicAt(OffsetDateTime now) {
        return deletedAt == null && status != Status.DRAFT && publishAt != null && !publishAt.isAfter(now);
    }

    /** "draft", "scheduled" (still waiting) or "published" (including scheduled ones whose time has come). */
    public String shownStatus(OffsetDateTime now) {
        return isPublicAt(now) ? "published" : status.value();
    }

    public String path() {
        return "/writeups/" + slug;
    }
}
