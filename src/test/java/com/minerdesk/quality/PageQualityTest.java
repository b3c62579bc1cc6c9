package com.minerdesk.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.PublicPages;
import com.minerdesk.testing.TestApp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality gates over every public page: valid HTML, under 150 KB, nothing fetched from another host. */
class PageQualityTest {
    static final int MAX_BYTES = 150 * 1024;
    static TestApp app;
    static Map<String, String> pages;

    @BeforeAll
    static void crawl() {
        app = TestApp.withDemoData().withDemoWriteups();
        pages = PublicPages.crawl(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCrawlReachesEveryKindOfPage() {
        for (String path : List.of("/", "/weeks", "/weeks/2025-11-28", "/companies", "/companies/ABTC", "/economics", "/pivots",
                "/writeups", "/writeups/miners-slide-while-bitcoin-nears-91000", "/tags", "/tags/economics", "/authors")) {
            assertTrue(pages.containsKey(path), path + " not reached; crawled: " + pages.keySet());
        }
        assertTrue(pages.keySet().stream().filter(p -> p.startsWith("/companies/")).count() >= 34, pages.keySet().toString());
        assertTrue(pages.keySet().stream().filter(p -> p.startsWith("/weeks/")).count() >= 12, pages.keySet().toString());
    }

    @Test
    void everyPublicPageIsValidHtml() {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> failures = new ArrayList<>();
        pages.forEach((path, html) -> checker.errors(html).forEach(e -> failures.add(path + " " + e)));
        assertTrue(failures.isEmpty(), failures.size() + " errors from the Nu Html Checker:\n" + String.join("\n", failures));
    }

    @Test
    void everyPublicPageHasItsHeadingsInOrder() {
        List<String> failures = new ArrayList<>();
        pages.forEach((path, html) -> HeadingOrder.skips(html).forEach(skip -> failures.add(path + " " + skip)));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theHeadingOrderCheckCatchesASkippedLevel() {
        assertEquals(List.of("h3 “Detail” follows h1"), HeadingOrder.skips("<h1>Page</h1><h2>Part</h2><h3>Ok</h3><h1>Again</h1><h3>Detail</h3>"));
        assertEquals(List.of("h2 “Lead” follows no heading"), HeadingOrder.skips("<p>x</p><h2>Lead</h2><h1>Page</h1>"));
    }

    @Test
    void theCheckerCatchesInvalidHtml() {
        List<String> errors = new NuHtmlChecker().errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>block in a paragraph</p><span id=\"a\"></span><span id=\"a\"></span></body></html>");
        assertTrue(errors.size() >= 2, errors.toString());
    }

    @Test
    void everyPageHasOneTitleOfItsOwnThatTheSocialTagsRepeat() {
        List<String> failures = new ArrayList<>();
        Map<String, String> pathByTitle = new HashMap<>();
        List<String> unlinked = List.of(PublicPages.UNLINKED_PAGES);
        pages.forEach((path, html) -> {
            Document doc = Jsoup.parse(html);
            List<String> titles = doc.select("title").stream().filter(t -> t.closest("svg") == null).map(Element::text).toList();
            String og = doc.select("meta[property=og:title]").attr("content");
            String twitter = doc.select("meta[name=twitter:title]").attr("content");
            if (titles.size() != 1 || og.isBlank() || !titles.get(0).equals(og + " — Minerdesk") || !og.equals(twitter)) {
                failures.add(path + ": <title> " + titles + ", og:title \"" + og + "\", twitter:title \"" + twitter + "\"");
            } else if (!unlinked.contains(path) || path.equals("/login")) {
                String other = pathByTitle.putIfAbsent(titles.get(0), path);
                if (other != null) {
                    failures.add(path + " has the title of " + other + ": " + titles.get(0));
                }
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPublicPageIsUnder150Kb() {
        List<String> heavy = new ArrayList<>();
        pages.forEach((path, html) -> {
            int bytes = html.getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= MAX_BYTES) {
                heavy.add(path + " " + bytes + " bytes");
            }
        });
        assertTrue(heavy.isEmpty(), String.join("\n", heavy));
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() {
        List<String> foreign = new ArrayList<>();
        pages.forEach((path, html) -> {
            Document doc = Jsoup.parse(html, app.baseUrl + path);
            for (Element e : doc.select("script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], "
                    + "object[data], link[rel~=(?i)stylesheet|icon|preload|modulepreload|prefetch|manifest], image, use, img[srcset]")) {
                for (String attr : List.of("src", "href", "data", "xlink:href", "srcset")) {
                    if (e.hasAttr(attr) && isForeign(e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr))) {
                        foreign.add(path + " " + e.tagName() + " " + attr + "=" + e.attr(attr));
                    }
                }
            }
            if (doc.selectFirst("[style]") != null) {
                foreign.add(path + " has an inline style attribute, which the CSP blocks");
            }
            // a JSON-LD data block is never run, so the CSP leaves it be; any other inline script is blocked
            if (doc.selectFirst("style, script:not([src]):not([type=application/ld+json])") != null) {
                foreign.add(path + " has an inline style or script element, which the CSP blocks");
            }
        });
        assertTrue(foreign.isEmpty(), String.join("\n", foreign));
    }

    @Test
    void theStylesheetFetchesNothingFromAnotherHost() throws Exception {
        String css = Files.readString(Path.of("static/style.css"));
        Matcher m = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)").matcher(css);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            assertTrue(!isForeign(url), "style.css fetches " + url);
        }
    }

    private static boolean isForeign(String url) {
        if (url == null || url.isBlank() || url.startsWith("data:") || url.startsWith("#")) {
            return false;
        }
        if (url.startsWith("//")) {
            return true;
        }
        URI uri = URI.create(url.trim().split("\\s")[0]);
        return uri.getHost() != null && !(app.baseUrl.contains("//" + uri.getHost() + ":") || app.baseUrl.endsWith("//" + uri.getHost()));
    }
}
