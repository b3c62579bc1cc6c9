package com.minerdesk.feeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A channel and its entries, written as RSS 2.0, Atom 1.0 or JSON Feed 1.1 by {@link FeedFormat}.
 * {@code feedBase} is the absolute URL the format's file name is appended to ({@code …/weeks} gives
 * {@code …/weeks/feed.xml}); {@code homeUrl} is the absolute page the feed mirrors; {@code updated}
 * is when the feed last changed (see {@link #of}).
 */
public record Feed(
        String id,
        String title,
        String description,
        String homeUrl,
        String feedBase,
        String author,
        List<FeedEntry> entries,
        Instant updated) {

    public static final String LANGUAGE = "en";

    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(homeUrl, "homeUrl");
        Objects.requireNonNull(feedBase, "feedBase");
        updated = updated.truncatedTo(ChronoUnit.SECONDS);
        title = XmlText.clean(title);
        description = XmlText.clean(description);
        author = XmlText.clean(author);
        entries = List.copyOf(entries);
    }

    /** A feed whose last-change date is its newest entry's, or {@code emptySince} with no entries. */
    public static Feed of(String id, String title, String description, String homeUrl, String feedBase,
            String author, List<FeedEntry> entries, Instant emptySince) {
        Instant newest = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(emptySince);
        return new Feed(id, title, description, homeUrl, feedBase, author, entries, newest);
    }

    public String selfUrl(FeedFormat format) {
        return feedBase + "/" + format.fileName();
    }
}
