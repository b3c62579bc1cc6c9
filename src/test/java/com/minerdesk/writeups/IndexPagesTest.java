package com.minerdesk.writeups;

import static com.minerdesk.writeups.Writeups.create;
import static com.minerdesk.writeups.Writeups.form;
import static com.minerdesk.writeups.Writeups.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** /tags and /authors: every tag and author with public write-ups, counted, linked from the archive and the breadcrumbs. */
class IndexPagesTest extends EditorTestBase {
    private Document page(String path) {
        return Writeups.publicPage(app, path);
    }

    @Test
    void theTagIndexCountsPublicWriteupsOnly() {
        create(editor, with(form("One", "x", "published"), "tags", "Hash Rate, weekly"));
        create(editor, with(form("Two", "x", "published"), "tags", "weekly"));
        create(editor, with(form("Draft", "x", "draft"), "tags", "weekly, secret plans"));
        Document tags = page("/tags");
        assertEquals("Tags", tags.selectFirst("h1").text());
        List<String> entries = tags.select(".index-list li").eachText();
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.get(0).startsWith("Hash Rate 1 write-up, latest "), entries.get(0));
        assertTrue(entries.get(1).startsWith("weekly 2 write-ups, latest "), entries.get(1));
        assertEquals("/tags/hash-rate", tags.selectFirst(".index-list a").attr("href"));
        assertFalse(tags.text().contains("secret plans"), "a draft's tag is not public");

        Document tag = page("/tags/weekly");
        assertEquals("Home › Write-ups › Tags › Tagged “weekly”", tag.selectFirst("nav.breadcrumbs").text());
        assertEquals("/tags", tag.select("nav.breadcrumbs a").get(2).attr("href"));
    }

    @Test
    void theAuthorIndexListsWhoPublished() {
        create(editor, form("Erin's piece", "x", "published"));
        Browser other = app.admin();
        create(other, form("Ada's draft", "x", "draft"));
        Document authors = page("/authors");
        assertEquals(List.of("Erin Editor 1 write-up, latest " + authors.selectFirst(".index-count").text().replaceAll(".*latest ", "")),
                authors.select(".index-list li").eachText());
        assertEquals("/authors/erin-editor", authors.selectFirst(".index-list a").attr("href"));
        Document author = page("/authors/erin-editor");
        assertEquals("/authors", author.select("nav.breadcrumbs a").get(2).attr("href"));
    }

    @Test
    void theArchiveLinksBothIndexesAndAnEmptySiteSaysSo() {
        Document archive = page("/writeups");
        assertEquals(List.of("/tags", "/authors"), archive.select(".index-links a").eachAttr("href"));
        assertEquals("No write-up has been published yet.", page("/tags").selectFirst(".empty").text());
        assertEquals("No write-up has been published yet.", page("/authors").selectFirst(".empty").text());
    }
}
