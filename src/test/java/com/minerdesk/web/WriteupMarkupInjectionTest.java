package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The payload corpus through every field of a write-up (title, summary, Markdown body, tags):
 * published, then every page that shows write-ups (archive, the write-ups, tags, authors, search,
 * home, the editor's list) carries none of them as markup.
 */
class WriteupMarkupInjectionTest {
    @Test
    void writeupFieldsCarryNoPayloadAsMarkup() {
        try (TestApp app = TestApp.withDemoData()) {
            Browser editor = app.editor();
            List<String> payloads = MarkupInjectionTest.payloads();
            Set<Integer> refused = new LinkedHashSet<>();
            List<String> refusals = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                String p = payloads.get(i);
                Map<String, String> form = new LinkedHashMap<>();
                form.put("title", "Title " + i + " " + p);
                form.put("slug", "");
                form.put("summary", "Summary " + i + " " + p);
                form.put("body", "Body " + i + "\n\n" + p + "\n\n<" + p + ">\n\n[link " + i + "](" + p + ")\n");
                form.put("tags", "inj" + i + ", " + p.replace(",", " ").substring(0, Math.min(38, p.length())));
                form.put("week", "");
                form.put("status", "published");
                form.put("publishAt", "");
                form.put("version", "0");
                HttpResponse<String> r = editor.post("/editor/writeups/new", form);
                if (p.contains("{{")) {
                    // "{{…}}" is a live-figure placeholder: refused in titles, an error in the body; the refusal shows it as text
                    assertEquals(422, r.statusCode(), "write-up " + i + ": " + r.body());
                    refused.add(i);
                    refusals.addAll(MarkupInjectionTest.markupFrom("refused write-up " + i, Jsoup.parse(r.body())));
                    continue;
                }
                assertEquals(303, r.statusCode(), "write-up " + i + ": " + r.body());
            }
            assertTrue(refusals.isEmpty(), "payloads became markup on the refusal page:\n" + String.join("\n", refusals));
            Set<String> pages = new LinkedHashSet<>(List.of("/", "/search?q=Title", "/search?q=Summary", "/editor/writeups"));
            for (int page = 1; page <= 5; page++) {
                Document archive = Jsoup.parse(app.get("/writeups?page=" + page).body());
                pages.add("/writeups?page=" + page);
                for (Element a : archive.select("a[href^=/writeups/], a[href^=/tags/], a[href^=/authors/]")) {
                    pages.add(a.attr("href"));
                }
            }
            List<String> problems = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String page : pages) {
                HttpResponse<String> r = page.startsWith("/editor") ? editor.get(page) : app.get(page);
                if (r.statusCode() != 200) {
                    continue;
                }
                Document doc = Jsoup.parse(r.body());
                problems.addAll(MarkupInjectionTest.markupFrom(page, doc));
                text.append(doc.text()).append('\n');
            }
            assertTrue(problems.isEmpty(), problems.size() + " payloads became markup:\n" + String.join("\n", problems));
            String shown = text.toString();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                if (!refused.contains(i) && !shown.contains("Title " + i + " " + payloads.get(i).strip())) {
                    missing.add("title " + i);
                }
            }
            assertTrue(missing.isEmpty(), "titles not shown as text: " + missing);
        }
    }
}
