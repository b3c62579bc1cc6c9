package com.minerdesk.sharing;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minerdesk.testing.TestApp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Write-up, week and company pages are shared with a large image: a 1200 × 630 card drawn from their figures. */
class ShareCardsTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData().withDemoWriteups();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    /** The page's og:image, checked against its Twitter tags, as a path on the site. */
    static String sharedImage(String path) {
        Document d = page(path);
        assertEquals("summary_large_image", d.selectFirst("meta[name=twitter:card]").attr("content"), path);
        String image = d.selectFirst("meta[property=og:image]").attr("content");
        assertEquals(image, d.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("1200", d.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("630", d.selectFirst("meta[property=og:image:height]").attr("content"));
        assertFalse(d.selectFirst("meta[property=og:image:alt]").attr("content").isBlank());
        assertTrue(image.startsWith("http://minerdesk.test/"), image);
        return image.substring("http://minerdesk.test".length());
    }

    static HttpResponse<byte[]> fetch(String path) {
        try {
            return app.client().send(HttpRequest.newBuilder(URI.create(app.baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static byte[] card(String path) throws Exception {
        HttpResponse<byte[]> r = fetch(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertEquals(1200, png.getWidth(), path);
        assertEquals(630, png.getHeight(), path);
        return r.body();
    }

    static String firstWriteup() {
        return page("/writeups").selectFirst("main article a[href^=/writeups/], main a[href^=/writeups/]").attr("href");
    }

    @Test
    void weekCompanyAndWriteupPagesAreSharedWithTheirCards() throws Exception {
        assertEquals("/cards/weeks/2025-11-28.png", sharedImage("/weeks/2025-11-28"));
        assertEquals("/cards/companies/ABTC.png", sharedImage("/companies/ABTC"));
        String writeup = firstWriteup();
        assertEquals("/cards" + writeup + ".png", sharedImage(writeup));
        card("/cards/weeks/2025-11-28.png");
        card("/cards/companies/ABTC.png");
        card("/cards" + writeup + ".png");
    }

    @Test
    void otherPagesKeepTheSmallCardWithoutAnImage() {
        Document home = page("/economics");
        assertEquals("summary", home.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(home.select("meta[property=og:image]").isEmpty());
    }

    @Test
    void aCardIsTheSameUntilItsFiguresChangeAndThenShowsTheNewOnes() throws Exception {
        byte[] company = card("/cards/companies/APLD.png");
        byte[] week = card("/cards/weeks/2025-11-28.png");
        assertArrayEquals(company, card("/cards/companies/APLD.png"), "drawn the same from the same figures");

        long apld = app.db.dsl().select(COMPANIES.ID).from(COMPANIES).where(COMPANIES.TICKER.eq("APLD")).fetchOne(COMPANIES.ID);
        LocalDate friday = LocalDate.of(2025, 11, 28);
        app.db.writeVoid(tx -> tx.update(DAILY_BARS)
                .set(DAILY_BARS.CLOSE_PRICE, DAILY_BARS.CLOSE_PRICE.multiply(new BigDecimal("1.5")))
                .set(DAILY_BARS.HIGH_PRICE, DAILY_BARS.HIGH_PRICE.multiply(new BigDecimal("1.5")))
                .where(DAILY_BARS.COMPANY_ID.eq(apld), DAILY_BARS.TRADE_DATE.eq(friday)).execute());

        assertFalse(Arrays.equals(company, card("/cards/companies/APLD.png")), "the company card shows the corrected close");
        assertFalse(Arrays.equals(week, card("/cards/weeks/2025-11-28.png")), "the week card shows the changed week");
    }

    @Test
    void cardAddressesFollowThePagesRules() {
        assertEquals(404, fetch("/cards/companies/NOPE.png").statusCode());
        assertEquals(404, fetch("/cards/writeups/no-such-writeup.png").statusCode());
        HttpResponse<byte[]> wednesday = fetch("/cards/weeks/2025-11-26.png");
        assertEquals(301, wednesday.statusCode());
        assertEquals("/cards/weeks/2025-11-28.png", wednesday.headers().firstValue("Location").orElseThrow());
        assertEquals(301, fetch("/cards/companies/abtc.png").statusCode());
    }

    @Test
    void aWriteupCarriesNewsArticleStructuredDataAsAJsonDataBlock() throws Exception {
        String path = firstWriteup();
        Document d = page(path);
        Element block = d.selectFirst("script[type=application/ld+json]");
        assertNotNull(block, "a JSON-LD block");
        assertTrue(d.select("script:not([type=application/ld+json])").isEmpty(), "no script that runs");
        JsonNode article = new ObjectMapper().readTree(block.data());
        assertEquals("https://schema.org", article.get("@context").asText());
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(d.selectFirst("h1").text(), article.get("headline").asText());
        assertEquals(d.selectFirst("meta[name=description]").attr("content"), article.get("description").asText());
        assertEquals(d.selectFirst("meta[property=article:published_time]").attr("content"), article.get("datePublished").asText());
        JsonNode author = article.get("author").get(0);
        assertEquals("Person", author.get("@type").asText());
        assertEquals(d.selectFirst("a[rel=author]").text(), author.get("name").asText());
        assertEquals("http://minerdesk.test" + d.selectFirst("a[rel=author]").attr("href"), author.get("url").asText());
        assertEquals("Minerdesk", article.get("publisher").get("name").asText());
        assertEquals(d.selectFirst("meta[property=og:image]").attr("content"), article.get("image").get(0).asText());
        assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), article.get("mainEntityOfPage").asText());
    }

    @Test
    void noTextOfAWriteupCanEndItsDataBlock() throws Exception {
        String title = "Miners </script><script>alert(1)</script> & <!-- \"quoted\"";
        long id = com.minerdesk.writeups.Writeups.create(app.editor(),
                com.minerdesk.writeups.Writeups.form(title, "Body.", "published"));
        String slug = com.minerdesk.writeups.Writeups.editPage(app.editor(), id).selectFirst("input[name=slug]").attr("value");
        String html = app.get("/writeups/" + slug).body();
        assertFalse(html.contains("<script>alert"), "the title is escaped in the block");
        Document d = Jsoup.parse(html);
        assertEquals(1, d.select("script").size());
        JsonNode article = new ObjectMapper().readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals(title, article.get("headline").asText());
    }
}
