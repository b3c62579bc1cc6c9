package com.minerdesk.writeups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minerdesk.web.ArticleMeta;
import com.minerdesk.web.Pages;
import com.minerdesk.web.ShareImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A write-up as schema.org NewsArticle, written into the page as a JSON-LD data block
 * ({@code <script type="application/ld+json">}): a data block is never run, so the CSP, which
 * allows no inline script, lets it be. {@code <}, {@code >} and {@code &} are written as JSON
 * escapes so that no text of the write-up can end the block.
 */
final class ArticleStructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleStructuredData() {
    }

    static String of(WriteupCard card, String baseUrl, ShareImage image) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", card.title());
        article.put("description", card.summary());
        article.put("datePublished", ArticleMeta.of(card.publishAt(), "", List.of()).publishedTime());
        article.put("author", List.of(Map.of("@type", "Person", "name", card.authorName(),
                "url", baseUrl + "/authors/" + card.authorSlug())));
        article.put("publisher", Map.of("@type", "Organization", "name", Pages.SITE_NAME, "url", baseUrl + "/"));
        article.put("image", List.of(baseUrl + image.path()));
        article.put("mainEntityOfPage", baseUrl + card.path());
        article.put("url", baseUrl + card.path());
        if (!card.tags().isEmpty()) {
            article.put("keywords", card.tags().stream().map(Tag::name).toList());
        }
        try {
            return JSON.writeValueAsString(article)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}
