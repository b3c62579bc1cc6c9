package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.DemoSiteWithEditor;
import com.minerdesk.testing.StructuredData;
import com.minerdesk.testing.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A corpus of markup payloads ({@code security/markup-payloads.txt}, each tagged with its own
 * {@code mdxNN} marker) goes through every editor field that reaches a public page; every page that
 * shows them, public and editor, must carry them as text only: no element, attribute, event handler
 * or script URL of theirs.
 */
class MarkupInjectionTest extends DemoSiteWithEditor {
    static final List<String> URL_PAYLOADS = List.of(
            "javascript:alert(1)//mdx", " javascript:alert(1)//mdx", "JAVASCRIPT:alert(1)//mdx", "jav\tascript:alert(1)//mdx",
            "data:text/html,<script id=mdxu>alert(1)</script>", "vbscript:msgbox(1)//mdx",
            "https://example.com/\"><img id=mdxu1 src=x onerror=alert(1)>", "https://example.com/' onmouseover='alert(1)' x='mdx",
            "https://example.com/?q=<script id=mdxu2>alert(1)</script>", "https://example.com/#\" onclick=\"alert(1)\" id=\"mdxu3",
            "//evil.example/mdx", "https://example.com/path mdx\"><b id=mdxu4>");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "background", "poster", "srcset", "ping");

    /** The BASE_URL every TestApp has: canonical and feed links point there. */
    static final String SITE = "http://minerdesk.test";
    static List<String> payloads() {
        try (InputStream in = MarkupInjectionTest.class.getResourceAsStream("/security/markup-payloads.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("NN", String.format("%02d", out.size())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHasAtLeastFiftyPayloads() {
        assertTrue(payloads().size() >= 50, payloads().size() + " payloads");
    }

    @Test
    void theDetectorSeesEveryPayloadThatIsParsedAsMarkup() {
        List<String> unseen = new ArrayList<>();
        for (String payload : payloads()) {
            // Raw in text, in a double- and a single-quoted attribute; encoded payloads are decoded
            // first, as an app that unescaped them by mistake would.
            String decoded = org.jsoup.parser.Parser.unescapeEntities(java.net.URLDecoder.decode(
                    payload.replace("+", "%2B"), StandardCharsets.UTF_8), false);
            boolean seen = false;
            for (String p : List.of(payload, decoded)) {
                for (String html : List.of("<p>" + p + "</p>", "<a title=\"" + p + "\">x</a>", "<a title='" + p + "'>x</a>")) {
                    seen |= !markupFrom("raw", Jsoup.parse(html)).isEmpty();
                }
            }
            if (!seen) {
                unseen.add(payload);
            }
        }
        assertTrue(unseen.isEmpty(), "payloads the detector would miss: " + unseen);
    }

    @Test
    void deskFieldsShowEveryPayloadAsTextAndNoneAsMarkup() {
        List<String> payloads = payloads();
        List<String> pages = new ArrayList<>(List.of("/", "/companies", "/pivots", "/pivots?company=CORZ", "/companies/CORZ",
                "/editor/pivots", "/editor/companies"));
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            String ticker = "INJ" + i;
            Map<String, String> company = new LinkedHashMap<>();
            company.put("ticker", ticker);
            company.put("name", payload);
            company.put("exchange", "Nasdaq");
            company.put("country", "United States");
            company.put("website", "https://example.com/" + i);
            company.put("profile", "Profile " + i + ": " + payload);
            company.put("ai_hpc_status", "exploring");
            assertEquals(303, editor.post("/editor/companies/new", company).statusCode(), "company with payload " + i);
            Map<String, String> pivot = new LinkedHashMap<>();
            pivot.put("ticker", "CORZ");
            pivot.put("date", "2025-11-26");
            pivot.put("date_precision", "day");
            pivot.put("counterparty", payload);
            pivot.put("kind", "lease");
            pivot.put("amount_usd", "");
            pivot.put("capacity_mw", "");
            pivot.put("summary", "Summary " + i + ": " + payload);
            pivot.put("source_name", payload);
            pivot.put("source_url", "https://example.com/source/" + i);
            assertEquals(303, editor.post("/editor/pivots/new", pivot).statusCode(), "pivot with payload " + i);
            pages.add("/companies/" + ticker);
            pages.add("/editor/companies/" + ticker + "/edit");
        }
        for (int i = 0; i < URL_PAYLOADS.size(); i++) {
            Map<String, String> company = new LinkedHashMap<>();
            company.put("ticker", "URL" + i);
            company.put("name", "Url test " + i);
            company.put("exchange", "Nasdaq");
            company.put("country", "");
            company.put("website", URL_PAYLOADS.get(i));
            company.put("profile", "");
            company.put("ai_hpc_status", "none");
            int status = editor.post("/editor/companies/new", company).statusCode();
            assertTrue(status == 303 || status == 422, URL_PAYLOADS.get(i) + " -> " + status);
            if (status == 303) {
                pages.add("/companies/URL" + i);
            }
            Map<String, String> pivot = new LinkedHashMap<>();
            pivot.put("ticker", "WULF");
            pivot.put("date", "2025-11-25");
            pivot.put("date_precision", "day");
            pivot.put("counterparty", "Url test " + i);
            pivot.put("kind", "other");
            pivot.put("amount_usd", "");
            pivot.put("capacity_mw", "");
            pivot.put("summary", "Source address test " + i);
            pivot.put("source_name", "Source " + i);
            pivot.put("source_url", URL_PAYLOADS.get(i));
            int pivotStatus = editor.post("/editor/pivots/new", pivot).statusCode();
            assertTrue(pivotStatus == 303 || pivotStatus == 422, URL_PAYLOADS.get(i) + " -> " + pivotStatus);
        }
        pages.addAll(List.of("/pivots?company=WULF", "/companies/WULF"));

        List<String> problems = new ArrayList<>();
        StringBuilder shownText = new StringBuilder();
        for (String page : pages) {
            HttpResponse<String> r = page.startsWith("/editor") ? editor.get(page) : app.get(page);
            assertEquals(200, r.statusCode(), page);
            Document doc = Jsoup.parse(r.body());
            problems.addAll(markupFrom(page, doc));
            shownText.append(doc.text()).append('\n');
        }
        assertTrue(problems.isEmpty(), problems.size() + " payloads became markup:\n" + String.join("\n", problems));
        String text = shownText.toString();
        List<String> missing = payloads.stream().filter(p -> !text.contains("Profile " + payloads.indexOf(p) + ": " + p.strip())
                || !text.contains("Summary " + payloads.indexOf(p) + ": " + p.strip())).toList();
        assertTrue(missing.isEmpty(), "stored and shown as text: missing " + missing);
    }

    @Test
    void feedsCarryCompanyNamesAsTextOnly() throws Exception {
        try (TestApp own = TestApp.withDemoData()) {
            Browser ed = own.editor();
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            List<String> problems = new ArrayList<>();
            List<String> payloads = payloads();
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                Map<String, String> company = new LinkedHashMap<>();
                company.put("ticker", "APLD");
                company.put("name", "Applied " + i + " " + payload);
                company.put("exchange", "Nasdaq");
                company.put("country", "United States");
                company.put("website", "https://www.applieddigital.com");
                company.put("profile", "");
                company.put("ai_hpc_status", "operating");
                assertEquals(303, ed.post("/editor/companies/APLD/edit", company).statusCode(), "payload " + i);
                // Each format gets half the corpus: the same names go through both writers' escaping.
                for (String feed : List.of(i % 2 == 0 ? "/weeks/feed.xml" : "/weeks/atom.xml")) {
                    HttpResponse<String> r = own.get(feed);
                    assertEquals(200, r.statusCode(), feed);
                    org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(
                            new org.xml.sax.InputSource(new java.io.StringReader(r.body())));
                    StringBuilder text = new StringBuilder();
                    for (String element : List.of("description", "encoded", "content", "summary", "title")) {
                        var nodes = xml.getElementsByTagNameNS("*", element);
                        for (int n = 0; n < nodes.getLength(); n++) {
                            Document html = Jsoup.parseBodyFragment(nodes.item(n).getTextContent());
                            problems.addAll(markupFrom(feed + " payload " + i + " <" + element + ">", html));
                            text.append(html.text()).append('\n');
                        }
                    }
                    if (!text.toString().contains("Applied " + i + " " + payload.strip())) {
                        problems.add(feed + ": payload " + i + " is not shown as text");
                    }
                }
            }
            assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    /** Everything on the page that a payload could have turned into markup. */
    static List<String> markupFrom(String page, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            String where = page + ": <" + tag + "> " + abbreviate(e.outerHtml());
            switch (tag) {
                case "script" -> {
                    if ((!e.attr("src").startsWith("/static/") || !e.data().isBlank()) && !StructuredData.isTheSitesBlock(e)) {
                        found.add(where);
                    }
                }
                case "iframe", "object", "embed", "base", "style", "frame", "frameset", "applet", "isindex" -> found.add(where);
                case "meta" -> {
                    if (e.hasAttr("http-equiv")) {
                        found.add(where);
                    }
                }
                case "link" -> {
                    String href = e.attr("href");
                    boolean ownSite = href.startsWith("/") && !href.startsWith("//") || href.startsWith(SITE + "/");
                    if (!ownSite) {
                        found.add(where);
                    }
                }
                default -> { }
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                if (key.startsWith("on") || key.contains("mdx") || key.equals("style") || key.equals("srcdoc")) {
                    found.add(where + " [" + key + "]");
                } else if (Set.of("id", "class", "name", "for").contains(key) && value.contains("mdx")) {
                    found.add(where + " [" + key + "=" + value + "]");
                } else if (URL_ATTRIBUTES.contains(key) && dangerousUrl(value)) {
                    found.add(where + " [" + key + "=" + value + "]");
                }
            }
        }
        return found;
    }

    static boolean dangerousUrl(String value) {
        String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:") || squeezed.startsWith("data:")
                || squeezed.startsWith("//evil");
    }

    private static String abbreviate(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
