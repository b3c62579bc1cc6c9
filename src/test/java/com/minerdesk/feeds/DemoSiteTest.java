package com.minerdesk.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole app over the demo data, shared by the tests of one class. */
abstract class DemoSiteTest {
    static final String BASE = "http://minerdesk.test";
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String body(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static Document page(String path) {
        return Jsoup.parse(body(path));
    }
}
