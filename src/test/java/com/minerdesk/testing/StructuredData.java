package com.minerdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;

/**
 * The one script element a page may carry inline: the write-up template's JSON-LD data block (never
 * run, so the CSP allows it), recognised by where it stands and by its content parsing as the
 * NewsArticle JSON the server writes, with no raw {@code <} in it. Anything else is markup a payload made.
 */
public final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    public static boolean isTheSitesBlock(Element script) {
        if (!script.normalName().equals("script") || !"application/ld+json".equals(script.attr("type"))
                || script.attributesSize() != 1 || script.parent() == null || !"page".equals(script.parent().id())
                || script.data().contains("<")) {
            return false;
        }
        try {
            JsonNode json = JSON.readTree(script.data());
            return json != null && "NewsArticle".equals(json.path("@type").asText());
        } catch (java.io.IOException notJson) {
            return false;
        }
    }
}
