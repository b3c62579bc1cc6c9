package com.minerdesk.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) through Jackson; dates are RFC 3339 in UTC. */
final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFeedWriter() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Document(
            String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            String description,
            String language,
            List<Author> authors,
            @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items) {
    }

    record Author(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<Author> authors,
            List<String> tags) {
    }

    static String write(Feed feed) {
        Document doc = new Document(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(FeedFormat.JSON),
                feed.description(), Feed.LANGUAGE, authors(feed.author()),
                feed.entries().stream().map(JsonFeedWriter::item).toList());
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON feed could not be written", e);
        }
    }

    private static Item item(FeedEntry e) {
        boolean html = e.contentHtml() != null && !e.contentHtml().isBlank();
        // JSON Feed requires content_html or content_text on every item.
        String text = html ? null : e.summary() != null && !e.summary().isBlank() ? e.summary() : e.title();
        return new Item(e.id(), e.link(), e.title(),
                html ? AbsoluteUrls.resolve(e.contentHtml(), e.link()) : null, text,
                e.summary(), rfc3339(e.published()), rfc3339(e.updated()), authors(e.author()), e.categories());
    }

    private static List<Author> authors(String name) {
        return name == null || name.isBlank() ? List.of() : List.of(new Author(name));
    }

    private static String rfc3339(Instant t) {
        return t.toString();
    }
}
