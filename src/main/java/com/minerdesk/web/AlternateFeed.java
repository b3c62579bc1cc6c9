package com.minerdesk.web;

import java.util.List;

/** A feed a page announces with {@code <link rel="alternate">} (model value {@code alternateFeeds}). */
public record AlternateFeed(String title, String type, String href) {
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";

    /** The RSS and Atom feeds under {@code basePath}: {@code basePath/feed.xml} and {@code basePath/atom.xml}. */
    public static List<AlternateFeed> rssAndAtom(String title, String basePath) {
        return List.of(new AlternateFeed(title + " (RSS)", RSS, basePath + "/feed.xml"),
                new AlternateFeed(title + " (Atom)", ATOM, basePath + "/atom.xml"));
    }
}
