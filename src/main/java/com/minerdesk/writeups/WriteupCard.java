package com.minerdesk.writeups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published write-up in a list: archive, tag, author, search results, home page. */
public record WriteupCard(long id, String slug, String title, String summary, OffsetDateTime publishAt,
        String authorName, String authorSlug, LocalDate weekEnd, List<Tag> tags) {

    public String path() {
        return "/writeups/" + slug;
    }

    WriteupCard withTags(List<Tag> newTags) {
        return new WriteupCard(id, slug, title, summary, publishAt, authorName, authorSlug, weekEnd, newTags);
    }
}
