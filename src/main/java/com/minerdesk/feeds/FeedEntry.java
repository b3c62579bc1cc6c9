package com.minerdesk.feeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One item of any feed, independent of the format. {@code id} never changes once published (not
 * even when a slug does); {@code link} is absolute; {@code summary} is plain text;
 * {@code contentHtml} is sanitised HTML whose links the writers make absolute. Every text is
 * cleaned of characters XML 1.0 forbids.
 */
public record FeedEntry(
        String id,
        String title,
        String link,
        Instant published,
        Instant updated,
        String author,
        List<String> categories,
        String summary,
        String contentHtml) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(published, "published");
        id = XmlText.clean(id);
        title = XmlText.clean(title);
        link = XmlText.clean(link);
        // Every format carries whole seconds; truncating here keeps them and Last-Modified in step.
        published = published.truncatedTo(ChronoUnit.SECONDS);
        updated = updated == null || updated.isBefore(published) ? published : updated.truncatedTo(ChronoUnit.SECONDS);
        author = XmlText.clean(author);
        categories = categories == null ? List.of() : categories.stream().map(XmlText::clean).toList();
        summary = XmlText.clean(summary);
        contentHtml = contentHtml == null ? null : XmlText.clean(contentHtml).strip();
    }
}
