package com.minerdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.FirstAccount;
import com.minerdesk.live.SiteRenderer;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.WriteupRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The demo write-ups: loaded once, with an author, tagged, and with the corrected ABTC figure. */
class DemoWriteupsTest {

    @Test
    void twoPublishedWriteupsFromTheReferenceWeekByTheFirstAccount() {
        try (TestApp app = TestApp.withDemoData()) {
            // the renderer Main gives the demo write-ups: live figures included
            WriteupRenderer renderer = SiteRenderer.of(app.db, app.config.baseUrl(), app.config.timeZone());
            assertFalse(DemoWriteups.loadIfNone(app.db, renderer), "no author yet: nothing loaded");
            FirstAccount.ensure(app.db, app.config);
            assertTrue(DemoWriteups.loadIfNone(app.db, renderer));
            assertFalse(DemoWriteups.loadIfNone(app.db, renderer), "loaded once only");

            Document home = Jsoup.parse(app.get("/").body());
            assertEquals("Miners slide while bitcoin nears $91,000", home.selectFirst(".lead-writeup h2").text());

            Document wrap = Jsoup.parse(app.get("/writeups/miners-slide-while-bitcoin-nears-91000").body());
            assertTrue(wrap.selectFirst(".writeup-meta").text().contains("By Demo Editor"));
            assertEquals(List.of("weekly", "ai-hpc"), wrap.select(".tag-list a").eachText());
            assertEquals("/weeks/2025-11-28", wrap.selectFirst("a.week-link").attr("href"));
            String body = wrap.selectFirst(".writeup-body").text();
            assertTrue(body.contains("$5.75 to $2.23, a fall of 61.22 %"), body);
            assertTrue(body.contains("Corintis"));
            assertTrue(body.contains("$74,600") && body.contains("$137,800"));
            assertEquals("−61.22 %", wrap.select(".writeup-body table tbody tr").get(0).select("td").last().text());
            List<String> cells = wrap.select(".writeup-body table tbody td").eachText();
            assertFalse(cells.isEmpty());
            assertTrue(cells.stream().noneMatch(c -> c.equals("—") || c.equals("n/a")), "the data has every figure: " + cells);

            Document economics = Jsoup.parse(app.get("/tags/economics").body());
            assertEquals(List.of("What it costs to mine one bitcoin"), economics.select(".writeup-card h2").eachText());
            assertEquals(2, Jsoup.parse(app.get("/writeups").body()).select(".writeup-card").size());
        }
    }

    @Test
    void demoPivotEventsSayTheyAreSamplesAndLinkToNoPageThatIsNotTheirSource() {
        try (TestApp app = TestApp.withDemoData()) {
            Document pivots = Jsoup.parse(app.get("/pivots").body());
            List<String> sources = pivots.select(".source").eachText();
            assertFalse(sources.isEmpty());
            assertTrue(sources.stream().allMatch(s -> s.contains("no source linked")), sources.toString());
            assertTrue(pivots.select(".source a[href]").isEmpty(), pivots.select(".source").html());
            assertTrue(app.get("/pivots.csv").body().lines().skip(1).allMatch(l -> l.contains("no source linked") && l.endsWith(",")), "no source address");
        }
    }

    @Test
    void aDatabaseWithoutDemoDataGetsNoDemoWriteups() {
        try (TestApp app = TestApp.empty()) {
            app.createUser("someone@example.com", "Someone", "admin");
            assertFalse(DemoWriteups.loadIfNone(app.db, WriteupRenderer.forSite(app.config.baseUrl())));
        }
    }
}
