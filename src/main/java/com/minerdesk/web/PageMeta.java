package com.minerdesk.web;

import java.util.List;

/**
 * What a page says about itself, set by its handler and written by the layout alone: the
 * {@code <title>}, the description, canonical, Open Graph and Twitter tags, the feeds it announces
 * and, for an article, its {@code article:*} tags. A page's title exists here only.
 *
 * @param canonicalPath the page's canonical path and query, or null for the request's path
 * @param image the picture the page is shared with ({@code og:image}), or null for none
 */
public record PageMeta(String title, String description, List<AlternateFeed> feeds, ArticleMeta article,
        String canonicalPath, ShareImage image) {
    public static final String DEFAULT_DESCRIPTION =
            "Weekly figures, cost economics and AI/HPC pivots of the listed Bitcoin-mining sector.";

    public PageMeta {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("every page has a title");
        }
        feeds = List.copyOf(feeds);
    }

    public static PageMeta titled(String title) {
        return new PageMeta(title, null, List.of(), null, null, null);
    }

    public PageMeta describedAs(String text) {
        return new PageMeta(title, text, feeds, article, canonicalPath, image);
    }

    public PageMeta withFeeds(List<AlternateFeed> pageFeeds) {
        return new PageMeta(title, description, pageFeeds, article, canonicalPath, image);
    }

    public PageMeta asArticle(ArticleMeta articleMeta) {
        return new PageMeta(title, description, feeds, articleMeta, canonicalPath, image);
    }

    public PageMeta canonicalAt(String pathAndQuery) {
        return new PageMeta(title, description, feeds, article, pathAndQuery, image);
    }

    public PageMeta sharedAs(ShareImage shareImage) {
        return new PageMeta(title, description, feeds, article, canonicalPath, shareImage);
    }

    /** The {@code <title>}: the page's title and the site's name. */
    public String documentTitle() {
        return title + " — " + Pages.SITE_NAME;
    }

    public String descriptionOrDefault() {
        return description == null || description.isBlank() ? DEFAULT_DESCRIPTION : description;
    }

    public String ogType() {
        return article == null ? "website" : "article";
    }
}
