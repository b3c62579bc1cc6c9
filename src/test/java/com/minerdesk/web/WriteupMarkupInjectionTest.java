package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The payload corpus through every field of a write-up (title, summary, Markdown body, tags):
 * published, then every page that shows write-ups (archive, the write-ups, tags, authors, search,
 * home, the editor's list), the site's RSS, Atom and JSON feeds, and the form shown again when a
 * write-up is refused carry none of them as markup.
 */
class WriteupMarkupInjectionTest {
    @Test
    void writeupFieldsCarryNoPayloadAsMarkup() throws Exception {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            List<String> payloads = MarkupInjectionTest.payloads();
            List<String> problems = new ArrayList<>();
            List<Integer> stored = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                String p = payloads.get(i);
                Map<String, String> form = new LinkedHashMap<>();
                form.put("title", "Title " + i + " " + p);
                form.put("slug", "");
                form.put("summary", "Summary " + i + " " + p);
                form.put("body", "Body " + i + "\n\n" + p + "\n\n<" + p + ">\n\n[link " + i + "](" + p + ")\n");
                form.put("tags", "inj" + i + ", " + p.replace(",", " ").substring(0, Math.min(38, p.length())));
                form.put("week", "");
                form.put("status", "published");
                form.put("publishAt", "");
                form.put("version", "0");
                HttpResponse<String> r = editor.post("/editor/writeups/new", form);
                if (r.statusCode() == 303) {
                    stored.add(i);
                } else {
                    // Refused (an unknown {{placeholder}}, say): the form shown again echoes every field.
                    assertEquals(422, r.statusCode(), "write-up " + i);
                    problems.addAll(MarkupInjectionTest.markupFrom("refused form " + i, Jsoup.parse(r.body())));
                }
            }
            assertTrue(stored.size() >= 50, "most payloads are stored: " + stored.size());
            Set<String> pages = new LinkedHashSet<>(List.of("/", "/search?q=Title", "/search?q=Summary", "/editor/writeups"));
            for (int page = 1; page <= 5; page++) {
                Document archive = Jsoup.parse(app.get("/writeups?page=" + page).body());
                pages.add("/writeups?page=" + page);
                for (Element a : archive.select("a[href^=/writeups/], a[href^=/tags/], a[href^=/authors/]")) {
                    pages.add(a.attr("href"));
                }
            }
            StringBuilder text = new StringBuilder();
            for (String page : pages) {
                HttpResponse<String> r = page.startsWith("/editor") ? editor.get(page) : app.get(page);
                if (r.statusCode() != 200) {
                    continue;
                }
                Document doc = Jsoup.parse(r.body());
                problems.addAll(MarkupInjectionTest.markupFrom(page, doc));
                text.append(doc.text()).append('\n');
            }
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            for (String feed : List.of("/feed.xml", "/atom.xml")) {
                HttpResponse<String> r = app.get(feed);
                assertEquals(200, r.statusCode(), feed);
                org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(
                        new org.xml.sax.InputSource(new java.io.StringReader(r.body())));
                // The fields that carry HTML: RSS description and content:encoded, Atom content and summary
                // of type html. Titles are plain text in all three formats, so markup there is just text.
                for (String element : List.of("description", "encoded", "content", "summary")) {
                    var nodes = xml.getElementsByTagNameNS("*", element);
                    for (int n = 0; n < nodes.getLength(); n++) {
                        var node = (org.w3c.dom.Element) nodes.item(n);
                        boolean html = !feed.endsWith("atom.xml") || "html".equals(node.getAttribute("type"));
                        if (html) {
                            problems.addAll(MarkupInjectionTest.markupFrom(feed + " <" + element + ">",
                                    Jsoup.parseBodyFragment(node.getTextContent())));
                        }
                    }
                }
            }
            HttpResponse<String> jsonFeed = app.get("/feed.json");
            assertEquals(200, jsonFeed.statusCode());
            for (var item : new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonFeed.body()).get("items")) {
                for (String field : List.of("content_html")) {
                    if (item.has(field)) {
                        problems.addAll(MarkupInjectionTest.markupFrom("/feed.json " + field,
                                Jsoup.parseBodyFragment(item.get(field).asText())));
                    }
                }
            }
            assertTrue(problems.isEmpty(), problems.size() + " payloads became markup:\n" + String.join("\n", problems));
            String shown = text.toString();
            List<String> missing = new ArrayList<>();
            for (int i : stored) {
                if (!shown.contains("Title " + i + " " + payloads.get(i).strip())) {
                    missing.add("title " + i);
                }
            }
            assertTrue(missing.isEmpty(), "titles not shown as text: " + missing);
        }
    }
}
