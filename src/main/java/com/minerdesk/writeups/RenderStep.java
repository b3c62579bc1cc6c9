package com.minerdesk.writeups;

import java.time.LocalDate;
import org.commonmark.node.Node;

/**
 * One step of the write-up rendering pipeline ({@link WriteupRenderer}). Steps are plugged in by
 * other features (the live-data feature turns {@code {{ABTC.change}}} into figures and links ticker
 * mentions) without changing the renderer. Whatever a step produces is sanitised afterwards.
 */
public interface RenderStep {

    /** Rewrites the Markdown source before it is parsed. */
    default String beforeMarkdown(String markdown, RenderContext context) {
        return markdown;
    }

    /** Inspects or rewrites the parsed document, e.g. text nodes that mention a ticker. */
    default void onDocument(Node document, RenderContext context) {
    }

    /** Rewrites the HTML before sanitising: anything outside the allow-list is removed after this. */
    default String afterHtml(String html, RenderContext context) {
        return html;
    }

    /**
     * Rewrites the stored, sanitised HTML each time it is shown (page, feed item): for content that
     * must be current, such as live figures. What it adds is trusted server HTML, not sanitised again.
     */
    default String whenShown(String html, LocalDate weekEnd) {
        return html;
    }

    /** As {@link #whenShown}, for a feed item: shown away from the site's CSS, so one layout of each chart. */
    default String whenShownInFeed(String html, LocalDate weekEnd) {
        return whenShown(html, weekEnd);
    }

    /** Rewrites the stored plain text each time a passage of it is shown (search results). */
    default String whenShownAsText(String text, LocalDate weekEnd) {
        return text;
    }

    /** Rewrites the plain text before it goes into the search index. */
    default String forIndex(String text) {
        return text;
    }
}
