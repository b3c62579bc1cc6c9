package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The W3C Feed Validation Service's rules that matter for our feeds, checked offline on the raw
 * document (after the validator's source, github.com/w3c/feedvalidator): required elements, date
 * formats (RFC 822 for RSS, RFC 3339 for Atom and JSON Feed) and plausibility, the self link with
 * the right media type, guids, authors, the RSS profile's description-before-content and hex
 * references in plain text, distinct Atom updated values, absolute URLs in HTML content, only the
 * elements and attributes the validator accepts, and no characters it reports.
 */
final class FeedRules {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    // RFC 822 as the validator accepts it: optional day name, 2-digit day, 4-digit year, seconds, a zone.
    private static final Pattern RFC_822 = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UT|[+-]\\d{4})");
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern FORBIDDEN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x80-\\x9F\\uFFFD\\uFFFE\\uFFFF]");
    // RSS plain-text elements whose text the validator checks for "<" and "&" written as named references.
    private static final Pattern RSS_PLAIN_TEXT = Pattern.compile("<(title|category|description)>([^<]*)</\\1>");
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
            "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
            "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul");
    private static final Set<String> HTML_ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel", "class", "id",
            "colspan", "rowspan", "scope", "align", "width", "height", "lang", "datetime", "cite", "start", "type",
            "headers", "abbr", "loading", "target", "hreflang", "dir", "valign");

    private FeedRules() {
    }

    static Document parse(String xml) {
        assertFalse(FORBIDDEN_XML.matcher(xml).find(), "the document carries a character XML 1.0 forbids");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Checks an RSS 2.0 document and returns its items. */
    static List<Element> assertValidRss(String xml, String selfUrl) {
        Document doc = parse(xml);
        Element rss = doc.getDocumentElement();
        assertEquals("rss", rss.getLocalName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = only(rss, null, "channel");
        Matcher plain = RSS_PLAIN_TEXT.matcher(xml);
        while (plain.find()) {
            String raw = plain.group(2);
            assertFalse(raw.contains("&lt;") || raw.contains("&amp;"),
                    "RSS profile: write < and & in plain text as hexadecimal references: " + plain.group());
        }
        requireText(channel, null, "title");
        assertAbsoluteUrl(requireText(channel, null, "link"));
        requireText(channel, null, "description");
        assertTrue(requireText(channel, null, "language").matches("[a-z]{2}(-[a-zA-Z]{2})?"), "language code");
        assertRfc822(requireText(channel, null, "lastBuildDate"));
        Element self = children(channel, ATOM_NS, "link").stream()
                .filter(l -> "self".equals(l.getAttribute("rel"))).findFirst()
                .orElseThrow(() -> new AssertionError("RSS channel lacks atom:link rel=self"));
        assertEquals(selfUrl, self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"), "atom:link self type must match the feed's");
        List<Element> items = children(channel, null, "item");
        for (Element item : items) {
            requireText(item, null, "title");
            assertAbsoluteUrl(requireText(item, null, "link"));
            Element guid = only(item, null, "guid");
            String permaLink = guid.getAttribute("isPermaLink");
            if (!"false".equals(permaLink)) {
                assertAbsoluteUrl(guid.getTextContent());
            }
            assertRfc822(requireText(item, null, "pubDate"));
            children(item, null, "category").forEach(c -> assertFalse(c.getTextContent().isBlank(), "blank category"));
            boolean description = false;
            for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element el && "description".equals(el.getLocalName())) {
                    description = !el.getTextContent().isBlank();
                } else if (n instanceof Element el && "encoded".equals(el.getLocalName())) {
                    assertTrue(description, "RSS profile: a description must come before content:encoded");
                }
            }
            assertTrue(children(item, DC_NS, "date").isEmpty(), "an item must not carry both pubDate and dc:date");
            for (Element author : children(item, null, "author")) {
                assertTrue(author.getTextContent().contains("@"), "RSS author must be an e-mail address");
            }
            for (Element d : children(item, null, "description")) {
                assertSafeAbsoluteHtml(d.getTextContent());
            }
            for (Element c : children(item, CONTENT_NS, "encoded")) {
                assertSafeAbsoluteHtml(c.getTextContent());
            }
        }
        return items;
    }

    /** Checks an Atom 1.0 document and returns its entries. */
    static List<Element> assertValidAtom(String xml, String selfUrl) {
        Document doc = parse(xml);
        Element feed = doc.getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM_NS, feed.getNamespaceURI());
        assertUri(requireText(feed, ATOM_NS, "id"));
        requireText(feed, ATOM_NS, "title");
        assertRfc3339(requireText(feed, ATOM_NS, "updated"));
        assertFalse(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang").isBlank(), "xml:lang on the feed");
        Element self = link(feed, "self");
        assertEquals(selfUrl, self.getAttribute("href"));
        assertEquals("application/atom+xml", self.getAttribute("type"));
        assertAbsoluteUrl(link(feed, "alternate").getAttribute("href"));
        boolean feedAuthor = !children(feed, ATOM_NS, "author").isEmpty();
        List<Element> entries = children(feed, ATOM_NS, "entry");
        Set<String> updatedValues = new HashSet<>();
        for (Element entry : entries) {
            assertUri(requireText(entry, ATOM_NS, "id"));
            requireText(entry, ATOM_NS, "title");
            String updated = requireText(entry, ATOM_NS, "updated");
            assertRfc3339(updated);
            assertTrue(updatedValues.add(updated), "two entries with the same atom:updated " + updated);
            children(entry, ATOM_NS, "published").forEach(p -> assertRfc3339(p.getTextContent()));
            assertAbsoluteUrl(link(entry, "alternate").getAttribute("href"));
            assertTrue(feedAuthor || !children(entry, ATOM_NS, "author").isEmpty(), "Atom needs an author");
            for (Element author : children(entry, ATOM_NS, "author")) {
                requireText(author, ATOM_NS, "name");
            }
            for (Element category : children(entry, ATOM_NS, "category")) {
                assertFalse(category.getAttribute("term").isBlank(), "category term");
            }
            for (Element content : children(entry, ATOM_NS, "content")) {
                assertEquals("html", content.getAttribute("type"));
                assertSafeAbsoluteHtml(content.getTextContent());
            }
        }
        return entries;
    }

    /** Checks a JSON Feed 1.1 document and returns its items. */
    static List<JsonNode> assertValidJsonFeed(String json, String selfUrl) {
        JsonNode feed;
        try {
            feed = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertFalse(feed.path("title").asText().isBlank(), "title");
        assertEquals(selfUrl, feed.path("feed_url").asText());
        assertAbsoluteUrl(feed.path("home_page_url").asText());
        assertTrue(feed.path("items").isArray(), "items is an array");
        List<JsonNode> items = new ArrayList<>();
        feed.path("items").forEach(items::add);
        for (JsonNode item : items) {
            assertTrue(item.path("id").isTextual() && !item.path("id").asText().isBlank(), "item id");
            assertAbsoluteUrl(item.path("url").asText());
            assertTrue(item.has("content_html") || item.has("content_text"), "content_html or content_text");
            if (item.has("content_html")) {
                assertSafeAbsoluteHtml(item.path("content_html").asText());
            }
            assertRfc3339(item.path("date_published").asText());
            if (item.has("date_modified")) {
                assertRfc3339(item.path("date_modified").asText());
            }
        }
        return items;
    }

    static void assertRfc822(String date) {
        assertTrue(RFC_822.matcher(date).matches(), "not an RFC 822 date: " + date);
        try {
            assertPlausible(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), date);
        } catch (DateTimeParseException e) {
            fail("not an RFC 822 date: " + date);
        }
    }

    static void assertRfc3339(String date) {
        assertTrue(RFC_3339.matcher(date).matches(), "not an RFC 3339 date: " + date);
        assertPlausible(OffsetDateTime.parse(date).toInstant(), date);
    }

    /** The validator calls dates before 1990 or more than ten minutes ahead implausible. */
    private static void assertPlausible(Instant t, String date) {
        assertTrue(t.isAfter(Instant.parse("1990-01-01T00:00:00Z")) && t.isBefore(Instant.now().plusSeconds(600)),
                "implausible date " + date);
    }

    static void assertAbsoluteUrl(String url) {
        URI uri = URI.create(url);
        assertTrue(uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                && uri.getHost() != null, "not an absolute http(s) URL: " + url);
    }

    private static void assertUri(String id) {
        URI uri = URI.create(id);
        assertTrue(uri.isAbsolute(), "id must be an absolute URI: " + id);
        if ("tag".equals(uri.getScheme())) {
            assertTrue(id.matches("tag:[a-z0-9.-]+,\\d{4}(-\\d{2}(-\\d{2})?)?:\\S+"), "malformed tag URI: " + id);
        }
    }

    /** Links and images absolute; nothing the validator reports as dangerous. */
    static void assertSafeAbsoluteHtml(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        doc.select("[href]").forEach(a -> assertAbsoluteUrl(a.attr("href")));
        doc.select("[src]").forEach(a -> assertAbsoluteUrl(a.attr("src")));
        for (org.jsoup.nodes.Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                continue;
            }
            assertTrue(HTML_ELEMENTS.contains(el.normalName()), "element the validator flags: " + el.normalName());
            el.attributes().forEach(attr -> assertTrue(HTML_ATTRIBUTES.contains(attr.getKey()),
                    "attribute the validator flags: " + attr.getKey() + " in " + el.normalName()));
        }
    }

    private static Element link(Element parent, String rel) {
        return children(parent, ATOM_NS, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst()
                .orElseThrow(() -> new AssertionError("no link rel=" + rel + " in " + parent.getLocalName()));
    }

    private static String requireText(Element parent, String ns, String name) {
        Element e = only(parent, ns, name);
        String text = e.getTextContent();
        assertNotNull(text);
        assertFalse(text.isBlank(), name + " is empty");
        return text.trim();
    }

    private static Element only(Element parent, String ns, String name) {
        List<Element> list = children(parent, ns, name);
        assertEquals(1, list.size(), "expected exactly one " + name + " in " + parent.getLocalName());
        return list.get(0);
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }
}
