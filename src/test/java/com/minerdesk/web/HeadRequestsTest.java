package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.TestApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEAD answers what GET would, without the body: feed readers and link checkers use it. */
class HeadRequestsTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private HttpResponse<String> head(String path) {
        return app.send(HttpRequest.newBuilder(URI.create(app.baseUrl + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/weeks/2025-11-28", "/companies/ABTC", "/feed.xml", "/atom.xml", "/sitemap.xml", "/weeks.csv"})
    void headGivesTheStatusTypeAndLengthOfGetWithoutABody(String path) {
        for (int round = 0; round < 2; round++) { // a miss rendered by the app, then a hit of the page cache
            HttpResponse<String> get = app.get(path);
            HttpResponse<String> head = head(path);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                    head.headers().firstValue("Content-Length").orElse("none"), path);
            assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"), path);
        }
    }

    @Test
    void headOfAMissingPageIsA404() {
        assertEquals(404, head("/companies/ZZZZ").statusCode());
        assertEquals(404, head("/writeups/no-such-writeup").statusCode());
    }

    @Test
    void pagesNameTheirCharset() {
        assertEquals("text/html;charset=utf-8", app.get("/").headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertTrue(head("/").headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
    }
}
