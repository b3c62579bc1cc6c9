package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scheduled write-ups appear by themselves at their time, read in the configured zone. */
class SchedulingTest {
    TestApp app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aScheduledWriteupAppearsEverywhereAtItsTimeWithoutAJob() {
        app = TestApp.start(Map.of("TIME_ZONE", "America/New_York"), false);
        app.clock.set(Instant.parse("2025-12-01T12:00:00Z"));
        Browser editor = app.editor();
        // 09:00 in New York on 2 December is 14:00 UTC.
        long id = create(editor, with(with(form("Monday outlook", "Scheduled zettaword body.", "scheduled"),
                "publishAt", "2025-12-02T09:00"), "tags", "outlook"));

        Document edit = Writeups.editPage(editor, id);
        assertEquals("scheduled", edit.selectFirst(".writeup-meta .status").text());
        assertTrue(edit.selectFirst(".writeup-meta").text().contains("goes out 2 Dec 2025, 09:00 America/New_York"));
        assertEquals("2025-12-02T09:00", edit.selectFirst("input#publishAt").attr("value"));
        assertTrue(Jsoup.parse(editor.get("/editor").body()).selectFirst("#scheduled + div").text().contains("Monday outlook"));

        // the pages are cached half a second before the time, and must not be served stale after it
        app.clock.set(Instant.parse("2025-12-02T13:59:59.500Z"));
        assertNotPublic();
        assertNotPublic();

        app.clock.set(Instant.parse("2025-12-02T14:00:00Z"));
        assertEquals("Monday outlook", Jsoup.parse(app.get("/").body()).selectFirst(".lead-writeup h2").text());
        assertTrue(app.get("/feed.xml").body().contains("<title>Monday outlook</title>"));
        HttpResponse<String> page = app.get("/writeups/monday-outlook");
        assertEquals(200, page.statusCode());
        assertEquals("2 Dec 2025, 09:00 America/New_York", Jsoup.parse(page.body()).selectFirst(".writeup-meta time").text());
        assertTrue(app.get("/writeups").body().contains("Monday outlook"));
        assertTrue(app.get("/tags/outlook").body().contains("Monday outlook"));
        assertTrue(app.get("/search?q=zettaword").body().contains("Monday outlook"));
        assertEquals("Monday outlook", Jsoup.parse(app.get("/").body()).selectFirst(".lead-writeup h2").text());
        Browser nextDay = app.editor();
        assertEquals("published", Writeups.editPage(nextDay, id).selectFirst(".writeup-meta .status").text());
    }

    @Test
    void aScheduleInThePastIsRefusedAndMovingItBackToDraftHidesIt() {
        app = TestApp.start(Map.of(), false);
        app.clock.set(Instant.parse("2025-12-01T12:00:00Z"));
        Browser editor = app.editor();
        HttpResponse<String> past = editor.post("/editor/writeups/new",
                with(form("Too late", "x", "scheduled"), "publishAt", "2025-12-01T11:00"));
        assertEquals(422, past.statusCode());
        assertTrue(past.body().contains("Choose a time in the future"));
        assertEquals(422, editor.post("/editor/writeups/new", form("No time", "x", "scheduled")).statusCode());
        assertEquals(422, editor.post("/editor/writeups/new",
                with(form("Bad time", "x", "scheduled"), "publishAt", "tomorrow")).statusCode());

        long id = create(editor, with(form("Later", "Body.", "scheduled"), "publishAt", "2025-12-01T13:00"));
        Writeups.save(editor, id, form("Later", "Body.", "draft"));
        app.clock.advance(Duration.ofHours(3));
        assertEquals(404, app.get("/writeups/later").statusCode(), "a schedule cancelled by going back to draft");
    }

    private void assertNotPublic() {
        assertEquals(404, app.get("/writeups/monday-outlook").statusCode());
        assertFalse(app.get("/writeups").body().contains("Monday outlook"));
        assertEquals(404, app.get("/tags/outlook").statusCode());
        assertFalse(app.get("/search?q=zettaword").body().contains("Monday outlook"));
        assertFalse(app.get("/").body().contains("Monday outlook"));
    }
}
