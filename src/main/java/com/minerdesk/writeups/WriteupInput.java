package com.minerdesk.writeups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated write-up form. {@code slug} is empty when it is to be made from the title;
 * {@code publishAt} is set for scheduled write-ups (and for published ones imported with their own date);
 * {@code acknowledged} when the editor ticked "publish anyway" over figures that disagree with the data.
 */
public record WriteupInput(String title, String slug, String summary, String body, List<String> tags,
        LocalDate weekEnd, Status status, OffsetDateTime publishAt, boolean acknowledged) {

    /** An input without an acknowledgement: figures that disagree with the data block publishing. */
    public WriteupInput(String title, String slug, String summary, String body, List<String> tags,
            LocalDate weekEnd, Status status, OffsetDateTime publishAt) {
        this(title, slug, summary, body, tags, weekEnd, status, publishAt, false);
    }

    String tagList() {
        return String.join(", ", tags);
    }
}
