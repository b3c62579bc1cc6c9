package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.editPage;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.minerdesk.testing.Browser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The conflict page's "Save mine over version N" keeps "Publish anyway" for a write-up published over mismatches. */
class ConflictAcknowledgementTest extends EditorTestBase {

    @Test
    void saveMineOverKeepsThePublishAnywayAcknowledgement() {
        Browser ada = app.admin();
        Map<String, String> acknowledged = with(with(form("Acknowledged", "ABTC fell 47.40 % this week.", "published"),
                "week", "2025-11-28"), "acknowledge", "on");
        long id = create(editor, acknowledged);
        Map<String, String> opened = Writeups.fields(editPage(editor, id).selectFirst("form.writeup-form"));
        assertEquals("on", opened.get("acknowledge"), "the edit form carries the acknowledgement of the stored write-up");
        assertEquals(303, Writeups.save(ada, id, with(acknowledged, "summary", "Ada's summary.")).statusCode());

        opened.put("body", "ABTC fell 47.40 % this week, as the filing says.");
        opened.remove("_csrf");
        HttpResponse<String> stale = editor.post("/editor/writeups/" + id, opened);
        assertEquals(409, stale.statusCode());
        var resubmit = Jsoup.parse(stale.body()).selectFirst("form:has(input[name=title])");
        assertNotNull(resubmit.selectFirst("input[name=acknowledge][checked]"), "the tick is offered, as it was sent");
        Map<String, String> fields = Writeups.fields(resubmit);
        fields.remove("_csrf");
        HttpResponse<String> over = editor.post("/editor/writeups/" + id, fields);
        assertEquals(303, over.statusCode(), over.body());
        assertEquals("ABTC fell 47.40 % this week, as the filing says.", editPage(editor, id).selectFirst("textarea#body").text());

        fields.remove("acknowledge");
        fields.put("version", Writeups.version(editor, id));
        assertEquals(422, editor.post("/editor/writeups/" + id, fields).statusCode(), "without the tick, publishing is refused");
    }

}
