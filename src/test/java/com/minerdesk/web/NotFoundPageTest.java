package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every unknown address is the site's 404 page in its layout, never the router's own words; the favicon exists. */
class NotFoundPageTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void unknownAddressesAnswerTheSitesNotFoundPage() {
        for (String path : new String[] {"/pivots/1", "/no-such-page", "/tags/a/b", "/writeupz", "/editor/nothing-here", "/weeks/2025-11-28/x"}) {
            HttpResponse<String> r = app.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            Document d = Jsoup.parse(r.body());
            assertEquals("Not found", d.selectFirst("main h1").text(), path);
            assertEquals("There is no page at this address.", d.selectFirst("main h1 + p").text(), path);
            assertFalse(r.body().contains("Endpoint"), path + ": " + r.body());
            assertNotNull(d.selectFirst("header.site-header nav"), path + " is in the site's layout");
            assertNotNull(d.selectFirst("main form[action=/search] input[name=q]"), path + " offers a search");
            assertTrue(d.select("main .error-links a").eachAttr("href").containsAll(java.util.List.of("/weeks", "/tags", "/authors")));
        }
    }

    @Test
    void aThingNotFoundKeepsItsOwnMessage() {
        Document d = Jsoup.parse(app.get("/writeups/no-such-writeup").body());
        assertEquals("There is no published write-up at this address.", d.selectFirst("main h1 + p").text());
    }

    @Test
    void theFaviconIsServedAtTheAddressBrowsersAskFor() throws Exception {
        HttpResponse<String> ico = app.get("/favicon.ico");
        assertEquals(200, ico.statusCode());
        assertEquals("image/x-icon", ico.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> bytes = app.client().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app.baseUrl + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] expected = Files.readAllBytes(Path.of("static/favicon.ico"));
        assertEquals(expected.length, bytes.body().length);
        assertEquals(0, bytes.body()[0]);
        assertEquals(1, bytes.body()[2], "an ICO file (type 1)");
        assertEquals(200, app.get("/static/favicon.svg").statusCode());
    }
}
