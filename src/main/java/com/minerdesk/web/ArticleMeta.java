package com.minerdesk.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Open Graph article tags for a page that is an article (model value {@code article}, with
 * {@code ogType} "article"): publication time in ISO 8601, the author's page and the tags.
 */
public record ArticleMeta(String publishedTime, String author, List<String> tags) {

    public static ArticleMeta of(OffsetDateTime published, String authorUrl, List<String> tags) {
        return new ArticleMeta(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published.withOffsetSameInstant(ZoneOffset.UTC)),
                authorUrl, List.copyOf(tags));
    }
}
