package com.minerdesk.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestApp;
import com.minerdesk.writeups.Writeups;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploading images to a write-up, every way a file can be wrong, serving them, and placing them. */
class ImageUploadTest {
    static TestApp app;
    static Browser editor;
    static long id;

    @BeforeAll
    static void start() {
        app = TestApp.withDemoData();
        editor = app.editor();
        id = Writeups.create(editor, Writeups.with(Writeups.form("Pictures from the desk", "Text first.", "published"),
                "week", "2025-11-28"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> upload(String fileName, byte[] content, String alt, boolean featured) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("alt", alt);
        if (featured) {
            fields.put("featured", "on");
        }
        return editor.postMultipart("/editor/writeups/" + id + "/images", fields, "file", fileName, content);
    }

    static Document imagesPage() {
        HttpResponse<String> r = editor.get("/editor/writeups/" + id + "/images");
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    /** The address of the image uploaded last. */
    static String newestImage() {
        List<Element> images = imagesPage().select("ul.image-list img");
        assertFalse(images.isEmpty(), "no image listed");
        return images.get(images.size() - 1).attr("src");
    }

    static HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl + path)).GET();
        headers.forEach(b::header);
        try {
            return app.client().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void refused(String fileName, byte[] content, String message) {
        int before = imagesPage().select("ul.image-list li").size();
        HttpResponse<String> r = upload(fileName, content, "Some picture", false);
        assertEquals(422, r.statusCode(), fileName + ": " + r.body());
        Element error = Jsoup.parse(r.body()).getElementById("file-error");
        assertNotNull(error, "an inline error beside the file field");
        assertTrue(error.text().contains(message), error.text());
        assertEquals("true", Jsoup.parse(r.body()).getElementById("file").attr("aria-invalid"));
        assertEquals(before, imagesPage().select("ul.image-list li").size(), "nothing was stored");
    }

    @Test
    void aPngIsStoredAndServedUnderItsContentHashForAYear() throws Exception {
        HttpResponse<String> r = upload("chart.png", TestImages.png(640, 480), "A blue to orange gradient", false);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/editor/writeups/" + id + "/images?added=1", r.headers().firstValue("Location").orElseThrow());
        String path = newestImage();
        assertTrue(path.matches("/images/[0-9a-f]{64}\\.png"), path);
        assertTrue(imagesPage().text().contains("![A blue to orange gradient](" + path + ")"), "the Markdown to paste");

        HttpResponse<byte[]> image = fetch(path, Map.of());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", image.headers().firstValue("Cache-Control").orElseThrow());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.body()));
        assertEquals("/images/" + sha + ".png", path, "the address is the hash of the bytes served");
        assertEquals("\"" + sha + "\"", image.headers().firstValue("ETag").orElseThrow());
        BufferedImage decoded = TestImages.decoded(image.body());
        assertEquals(640, decoded.getWidth());
        assertEquals(480, decoded.getHeight());

        HttpResponse<byte[]> again = fetch(path, Map.of("If-None-Match", "\"" + sha + "\""));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        assertEquals(404, fetch("/images/" + sha + ".jpg", Map.of()).statusCode(), "a PNG has no .jpg address");
        assertEquals(404, fetch("/images/" + "0".repeat(64) + ".png", Map.of()).statusCode());
        assertEquals(404, fetch("/images/chart.png", Map.of()).statusCode());
    }

    @Test
    void aLargePhotoIsScaledDownAndLeavesItsExifBehind() {
        byte[] photo = TestImages.jpegWithExif(3000, 1500);
        assertTrue(TestImages.contains(photo, TestImages.SECRET), "the upload carries a position");
        assertEquals(303, upload("photo.JPG", photo, "Container data hall", false).statusCode());
        String path = newestImage();
        assertTrue(path.endsWith(".jpg"), path);
        HttpResponse<byte[]> image = fetch(path, Map.of());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage decoded = TestImages.decoded(image.body());
        assertEquals(2000, decoded.getWidth());
        assertEquals(1000, decoded.getHeight());
        assertFalse(TestImages.contains(image.body(), TestImages.SECRET), "no EXIF position in what is served");
        assertFalse(TestImages.contains(image.body(), "Exif"), "no EXIF segment at all");
    }

    @Test
    void aPortraitTakenWithAPhoneIsStoredUprightAsItsExifSaid() {
        // stored lying down (300 × 100, red on the left), EXIF 6: turn 90° clockwise to show it
        assertEquals(303, upload("portrait.jpg", TestImages.jpegWithOrientation(300, 100, 6), "A portrait", false).statusCode());
        BufferedImage decoded = TestImages.decoded(fetch(newestImage(), Map.of()).body());
        assertEquals(100, decoded.getWidth());
        assertEquals(300, decoded.getHeight());
        java.awt.Color top = new java.awt.Color(decoded.getRGB(50, 10));
        java.awt.Color bottom = new java.awt.Color(decoded.getRGB(50, 290));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "the left of the stored picture is now its top: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, "and the right its bottom: " + bottom);
    }

    @Test
    void webpUploadsAreReadAndWrittenAgainAsJpegOrAsPngWhenTranslucent() {
        assertEquals(303, upload("gradient.webp", TestImages.resource("gradient.webp"), "A small gradient", false).statusCode());
        String photo = newestImage();
        assertTrue(photo.endsWith(".jpg"), photo);
        BufferedImage decoded = TestImages.decoded(fetch(photo, Map.of()).body());
        assertEquals(64, decoded.getWidth());
        assertEquals(48, decoded.getHeight());

        assertEquals(303, upload("translucent.webp", TestImages.resource("translucent.webp"), "Half see-through", false).statusCode());
        String translucent = newestImage();
        assertTrue(translucent.endsWith(".png"), translucent);
        BufferedImage withAlpha = TestImages.decoded(fetch(translucent, Map.of()).body());
        assertEquals(0xff, withAlpha.getRGB(0, 0) >>> 24, "the left half is opaque");
        assertEquals(96, withAlpha.getRGB(39, 0) >>> 24, "the right half keeps its transparency");
    }

    @Test
    void aFileThatIsNoImageIsRefusedInline() {
        refused("notes.png", "not an image at all".getBytes(), "is not a PNG, JPEG or WebP image");
        refused("drawing.gif", TestImages.png(20, 20), "has the extension .gif");
    }

    @Test
    void aPngNamedJpgIsRefusedWithTheNameItShouldHave() {
        refused("chart.jpg", TestImages.png(50, 40), "“chart.jpg” is a PNG image, but its name ends in .jpg. Rename it to .png");
    }

    @Test
    void truncatedFilesAreRefusedAsDamaged() {
        refused("cut.png", TestImages.firstHalf(TestImages.png(400, 300)), "damaged or incomplete");
        refused("cut.jpg", TestImages.firstHalf(TestImages.jpeg(400, 300)), "damaged or incomplete");
        refused("cut.webp", TestImages.firstHalf(TestImages.resource("gradient.webp")), "damaged or incomplete");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() {
        byte[] bomb = TestImages.pngBomb(10_000);
        assertTrue(bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
        refused("bomb.png", bomb, "10000 × 10000 pixels; at most 40 megapixels");
    }

    @Test
    void aFileOverTheImageLimitIsRefusedInlineAndABodyFarOverItBeforeItIsRead() {
        byte[] big = java.util.Arrays.copyOf(TestImages.png(10, 10), 8 * 1024 * 1024 + 300 * 1024);
        refused("big.png", big, "images are limited to 8 MB");

        // declared and not sent: the refusal must come from the declared length alone (sending 10 MB
        // would race the answer, which closes the connection while the client is still writing)
        String cookie = editor.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, c) -> a + "; " + c).orElseThrow();
        com.minerdesk.testing.RawHttp.Answer r = new com.minerdesk.testing.RawHttp("localhost", app.server.port())
                .withHeader("Cookie", cookie)
                .request("POST", "/editor/writeups/" + id + "/images", Map.of("Content-Type",
                        "multipart/form-data; boundary=b", "Content-Length", String.valueOf(10 * 1024 * 1024)), null);
        assertEquals(413, r.status());
        assertTrue(r.body().contains("Images are limited to 8 MB"), r.body());
    }

    @Test
    void altTextAndAFileAreRequired() {
        HttpResponse<String> noAlt = upload("chart.png", TestImages.png(30, 30), "  ", false);
        assertEquals(422, noAlt.statusCode());
        assertTrue(Jsoup.parse(noAlt.body()).getElementById("alt-error").text().contains("alt text"));
        refused("", new byte[0], "Choose an image file");
    }

    @Test
    void theFeaturedImageIsShownAboveTheWriteupAndSharedWithIt() {
        assertEquals(303, upload("lead.png", TestImages.png(800, 420), "Lead picture", true).statusCode());
        String path = newestImage();
        assertTrue(imagesPage().select("ul.image-list li").stream()
                .anyMatch(li -> li.text().contains("Featured image") && li.selectFirst("img").attr("src").equals(path)));
        Document page = Jsoup.parse(app.get(publicPath()).body());
        assertEquals("http://minerdesk.test" + path, page.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("800", page.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("Lead picture", page.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(path, page.selectFirst("figure.featured-image img").attr("src"));

        HttpResponse<String> none = editor.post("/editor/writeups/" + id + "/images/featured", Map.of("image", "none"));
        assertEquals(303, none.statusCode());
        Document after = Jsoup.parse(app.get(publicPath()).body());
        assertEquals("http://minerdesk.test/cards" + publicPath() + ".png",
                after.selectFirst("meta[property=og:image]").attr("content"), "the drawn card when nothing is featured");
        assertTrue(after.select("figure.featured-image").isEmpty());

        HttpResponse<String> foreign = editor.post("/editor/writeups/" + id + "/images/featured", Map.of("image", "99999"));
        assertEquals(422, foreign.statusCode());
    }

    @Test
    void markdownPlacesAnUploadedImageAndTheSanitiserKeepsOnlyImageAddresses() {
        assertEquals(303, upload("inline.png", TestImages.png(300, 200), "Inline chart", false).statusCode());
        String path = newestImage();
        Map<String, String> form = Writeups.with(Writeups.with(Writeups.form("Pictures from the desk",
                "Before.\n\n![Inline chart](" + path + ")\n\n![Not ours](/static/style.css)\n", "published"),
                "week", "2025-11-28"), "slug", slug());
        assertEquals(303, Writeups.save(editor, id, form).statusCode());
        Document page = Jsoup.parse(app.get(publicPath()).body());
        Element placed = page.selectFirst(".writeup-body img[alt=Inline chart]");
        assertNotNull(placed, page.select(".writeup-body").html());
        assertEquals(path, placed.attr("src"));
        Element other = page.selectFirst(".writeup-body img[alt=Not ours]");
        assertTrue(other == null || other.attr("src").isEmpty(), "only /images/ addresses pass: " + other);
    }

    @Test
    void aWriteupIsNotPublishedWithAnImageThatHasNoAltText() {
        String path = newestImageOrUpload();
        Map<String, String> form = Writeups.with(Writeups.form("Pictures from the desk",
                "First line.\n\nSecond, with `![](code)` in code.\n\n![](" + path + ")\n", "published"), "slug", slug());
        HttpResponse<String> r = Writeups.save(editor, id, form);
        assertEquals(422, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).getElementById("body-error").text().contains("The image on line 5 has no alt text"),
                Jsoup.parse(r.body()).select(".field-error").text());
        assertEquals(303, Writeups.save(editor, id, Writeups.with(form, "status", "draft")).statusCode(), "a draft may wait for it");
        assertEquals(303, Writeups.save(editor, id, Writeups.with(form, "body", "![Small square](" + path + ")")).statusCode(),
                "published again, with alt text, for the other tests");
    }

    static String newestImageOrUpload() {
        assertEquals(303, upload("alt.png", TestImages.png(20, 20), "Small square", false).statusCode());
        return newestImage();
    }

    static String slug() {
        return Writeups.editPage(editor, id).selectFirst("input[name=slug]").attr("value");
    }

    static String publicPath() {
        return "/writeups/" + slug();
    }
}
