package com.minerdesk.writeups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.testing.Browser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helpers: write-up forms as an editor submits them, and reading ids and versions back. */
public final class Writeups {
    private Writeups() {
    }

    public static Map<String, String> form(String title, String body, String status) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("slug", "");
        f.put("summary", "Summary of " + title);
        f.put("body", body);
        f.put("tags", "");
        f.put("week", "");
        f.put("status", status);
        f.put("publishAt", "");
        return f;
    }

    public static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> f = new LinkedHashMap<>(form);
        f.put(key, value);
        return f;
    }

    /** Creates a write-up through the form and returns its id. */
    public static long create(Browser editor, Map<String, String> form) {
        HttpResponse<String> r = editor.post("/editor/writeups/new", form);
        assertEquals(303, r.statusCode(), () -> "create failed: " + r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("^/editor/writeups/(\\d+).*$", "$1"));
    }

    /** A public page that must answer 200, parsed. */
    public static Document publicPage(com.minerdesk.testing.TestApp app, String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    public static Document editPage(Browser editor, long id) {
        HttpResponse<String> r = editor.get("/editor/writeups/" + id);
        assertEquals(200, r.statusCode());
        return Jsoup.parse(r.body());
    }

    /** The version the edit form carries now. */
    public static String version(Browser editor, long id) {
        return editPage(editor, id).selectFirst("form.writeup-form input[name=version]").attr("value");
    }

    /** A form's fields as a browser submits them: every input, textarea and select as shown, checkboxes only when ticked. */
    public static Map<String, String> fields(org.jsoup.nodes.Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (org.jsoup.nodes.Element input : form.select("input[name], textarea[name], select[name]")) {
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText().replaceFirst("^\n", "");
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("type").matches("checkbox|radio") && !input.hasAttr("checked") ? null
                        : input.attr("type").equals("checkbox") && !input.hasAttr("value") ? "on" : input.attr("value");
            };
            if (value != null) {
                fields.put(input.attr("name"), value);
            }
        }
        return fields;
    }

    /** Saves the form over the current version. */
    public static HttpResponse<String> save(Browser editor, long id, Map<String, String> form) {
        return editor.post("/editor/writeups/" + id, with(form, "version", version(editor, id)));
    }
}
