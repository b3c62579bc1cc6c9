package com.minerdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Deleting a pivot event asks first, naming the event; only the confirmed POST deletes it. */
class PivotDeleteConfirmationTest {

    @Test
    void deleteAsksFirst() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            Document list = Jsoup.parse(editor.get("/editor/pivots").body());
            String href = list.selectFirst("td.actions a[href$=/delete]").attr("href");
            assertNull(list.selectFirst("form[action$=/delete]"), "no one-click delete");
            Document ask = Jsoup.parse(editor.get(href).body());
            assertTrue(ask.selectFirst("h1").text().startsWith("Delete the pivot event "), ask.selectFirst("h1").text());
            assertTrue(ask.text().contains("cannot be restored"));

            int before = app.db.dsl().fetchCount(com.minerdesk.db.generated.Tables.PIVOT_EVENTS);
            HttpResponse<String> unconfirmed = editor.post(href, Map.of());
            assertEquals(200, unconfirmed.statusCode());
            assertEquals(before, app.db.dsl().fetchCount(com.minerdesk.db.generated.Tables.PIVOT_EVENTS));
            assertEquals(303, editor.post(href, Map.of("confirm", "yes")).statusCode());
            assertEquals(before - 1, app.db.dsl().fetchCount(com.minerdesk.db.generated.Tables.PIVOT_EVENTS));
        }
    }
}
