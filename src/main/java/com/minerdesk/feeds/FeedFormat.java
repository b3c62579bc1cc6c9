package com.minerdesk.feeds;

import com.minerdesk.web.AlternateFeed;
import java.util.function.Function;

/** The three formats every write-up feed comes in, with their file names and content types. */
public enum FeedFormat {
    RSS("feed.xml", AlternateFeed.RSS, RssWriter::write),
    ATOM("atom.xml", AlternateFeed.ATOM, AtomWriter::write),
    JSON("feed.json", "application/feed+json", JsonFeedWriter::write);

    private final String fileName;
    private final String mediaType;
    private final Function<Feed, String> writer;

    FeedFormat(String fileName, String mediaType, Function<Feed, String> writer) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    /** The media type without parameters, as used in {@code <link rel="alternate" type=…>}. */
    public String mediaType() {
        return mediaType;
    }

    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String write(Feed feed) {
        return writer.apply(feed);
    }
}
