package com.minerdesk.writeups;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One saved version of a write-up, as it was saved. */
public record Revision(long writeupId, int version, String slug, String title, String summary, String bodyMarkdown,
        String tagList, LocalDate weekEnd, String status, OffsetDateTime publishAt, String savedByName,
        OffsetDateTime savedAt, String note) {

    /** Every field as text, one per line, then the body: what the difference is computed over. */
    public String asText() {
        return asText(title, slug, summary, tagList, weekEnd == null ? "" : weekEnd.toString(), status, bodyMarkdown);
    }

    static String asText(String title, String slug, String summary, String tags, String week, String status,
            String body) {
        return "Title: " + title + "\nSlug: " + slug + "\nSummary: " + summary + "\nTags: " + tags
                + "\nWeek: " + week + "\nStatus: " + status + "\n\n" + body;
    }
}
