package com.minerdesk.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's confirmation steps, the form kept after an expired session, profiles and invitations are valid HTML. */
class EditorPagesQualityTest {

    @Test
    void everyNewEditorPageIsValidHtml() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            long id = Writeups.create(editor, Writeups.form("Checked page", "First.", "draft"));
            Writeups.save(editor, id, Writeups.form("Checked page", "Second.", "published"));
            Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
            pages.put("delete confirmation", editor.get("/editor/writeups/" + id + "/delete"));
            pages.put("restore confirmation with a choice", editor.get("/editor/writeups/" + id + "/revisions/1/restore"));
            pages.put("pivot delete confirmation", editor.get("/editor/pivots/1/delete"));
            pages.put("stale token", editor.postRaw("/editor/writeups/" + id,
                    Writeups.with(Writeups.with(Writeups.form("Kept", "Kept text.", "draft"), "version", "2"), "_csrf", "stale")));
            Map<String, String> mismatch = Writeups.with(Writeups.with(Writeups.form("Conflicted", "ABTC fell 47.40 %.", "published"),
                    "week", "2025-11-28"), "acknowledge", "on");
            long conflicted = Writeups.create(editor, mismatch);
            Writeups.save(editor, conflicted, mismatch);
            pages.put("conflict with the publish-anyway tick", editor.post("/editor/writeups/" + conflicted,
                    Writeups.with(mismatch, "version", "1")));
            pages.put("profile", editor.get("/editor/profile?saved=profile"));
            pages.put("profile errors", editor.post("/editor/profile/password", Map.of("current_password", "x", "new_password", "y")));
            Browser admin = app.admin();
            HttpResponse<String> invited = admin.post("/editor/accounts/invite", Map.of("email", "new@example.com", "name", "New", "role", "editor"));
            pages.put("accounts with an invitation link", invited);
            String link = org.jsoup.Jsoup.parse(invited.body()).selectFirst("input#invitation-link").attr("value");
            pages.put("invitation", app.get(link.substring(link.indexOf("/invite/"))));
            pages.put("invitation errors", admin.post("/editor/accounts/invite", Map.of("email", "x", "name", "", "role", "z")));
            String token = editor.csrf();
            app.clock.advance(Duration.ofHours(13));
            pages.put("expired session", editor.postRaw("/editor/writeups/" + id,
                    Writeups.with(Writeups.with(Writeups.form("Kept", "Kept text.", "draft"), "version", "2"), "_csrf", token)));

            NuHtmlChecker checker = new NuHtmlChecker();
            List<String> failures = new ArrayList<>();
            pages.forEach((name, r) -> {
                assertTrue(List.of(200, 401, 403, 409, 422).contains(r.statusCode()), name + " answered " + r.statusCode());
                checker.errors(r.body()).forEach(e -> failures.add(name + " " + e));
                HeadingOrder.skips(r.body()).forEach(skip -> failures.add(name + " " + skip));
            });
            assertEquals(401, pages.get("expired session").statusCode());
            assertEquals(409, pages.get("conflict with the publish-anyway tick").statusCode());
            assertTrue(failures.isEmpty(), failures.size() + " errors from the Nu Html Checker or headings out of order:\n" + String.join("\n", failures));
        }
    }
}
