package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.Browser;
import com.minerdesk.testing.RawHttp;
import com.minerdesk.testing.TestApp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies are limited to 64 KB before they are read, whether their length is declared or they come
 * in chunks; only a signed-in editor's import takes more (20 MB), and only it takes multipart.
 */
class BodyLimitsTest {
    static TestApp app;
    static RawHttp raw;

    @BeforeAll
    static void start() {
        app = TestApp.empty();
        app.createUser(TestApp.EDITOR_EMAIL, "Erin Editor", "editor");
        raw = new RawHttp("localhost", app.server.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSignInFormOver64KilobytesIsRefusedWith413() {
        Browser b = app.browser();
        String token = Browser.tokenFrom(b.get("/login").body());
        HttpResponse<String> r = b.postRaw("/login", Map.of("email", TestApp.EDITOR_EMAIL, "password", "x".repeat(70_000),
                "_csrf", token));
        assertEquals(413, r.statusCode());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutWaitingForTheBody() {
        RawHttp.Answer r = raw.request("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Content-Length", String.valueOf(20 * 1024 * 1024)), "email=a".getBytes(StandardCharsets.UTF_8));
        assertEquals(413, r.status());
    }

    @Test
    void aBodyWithoutADeclaredLengthIsRefusedUnlessAnEditorSendsAFormWhichIsCounted() {
        Browser b = app.browser();
        String token = Browser.tokenFrom(b.get("/login").body());
        byte[] small = ("_csrf=" + token + "&email=a&password=b").getBytes(StandardCharsets.UTF_8);
        assertEquals(411, b.send(chunked("/login", "application/x-www-form-urlencoded", small)).statusCode());

        Browser editor = app.editor();
        byte[] large = ("_csrf=" + editor.csrf() + "&title=T&body=" + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, editor.send(chunked("/editor/writeups/new/preview", "application/x-www-form-urlencoded", large))
                .statusCode(), "counted while read");
        byte[] fine = ("_csrf=" + editor.csrf() + "&title=T&body=" + "x".repeat(90_000)).getBytes(StandardCharsets.UTF_8);
        assertEquals(200, editor.send(chunked("/editor/writeups/new/preview", "application/x-www-form-urlencoded", fine))
                .statusCode(), "an editor's long write-up passes");
    }

    @Test
    void multipartIsRefusedBeforeParsingAnywhereButTheEditorsImport() {
        byte[] part = multipart("x".repeat(100));
        // each sent whole with its length: a chunked body raced the 415, which closes while the client still writes
        Map<String, String> headers = Map.of("Content-Type", "multipart/form-data; boundary=b",
                "Content-Length", String.valueOf(part.length));
        assertEquals(415, raw.request("POST", "/login", headers, part).status());
        assertEquals(415, raw.request("POST", "/editor/import", headers, part).status(),
                "no session: the import takes no file either");
        Browser editor = app.editor();
        String cookie = editor.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, c) -> a + "; " + c).orElseThrow();
        assertEquals(415, raw.withHeader("Cookie", cookie).request("POST", "/logout", headers, part).status());
    }

    @Test
    void anEditorsUploadMustDeclareItsLengthWhichIsCheckedBeforeReading() {
        Browser editor = app.editor();
        byte[] big = new byte[24 * 1024 * 1024];
        Arrays.fill(big, (byte) '1');
        byte[] body = multipart("_csrf", editor.csrf(), new String(big, StandardCharsets.US_ASCII));
        // a small body: sent chunked, it is refused for having no declared length whatever its size (a large one
        // would race the refusal: the server answers and closes while the client is still writing)
        byte[] smallUpload = multipart("_csrf", editor.csrf(), "date,ticker\n");
        assertEquals(411, editor.send(chunked("/editor/import", "multipart/form-data; boundary=b", smallUpload)).statusCode());
        String cookie = editor.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, c) -> a + "; " + c).orElseThrow();
        RawHttp.Answer declared = raw.withHeader("Cookie", cookie).request("POST", "/editor/import",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "Content-Length", String.valueOf(body.length)), null);
        assertEquals(413, declared.status(), "refused on the declared length, without a body sent");
        assertEquals(200, editor.get("/editor/import").statusCode());
    }

    @Test
    void anImageUploadHasItsOwnLimitAndTakesFilesOnlyFromAnEditor() {
        byte[] part = multipart("x".repeat(100));
        // sent whole with its length: a chunked body raced the 415, which closes while the client still writes
        assertEquals(415, raw.request("POST", "/editor/writeups/1/images", Map.of("Content-Type",
                "multipart/form-data; boundary=b", "Content-Length", String.valueOf(part.length)), part).status(),
                "no session: no file");
        Browser editor = app.editor();
        byte[] small = multipart("_csrf", editor.csrf(), "x");
        assertEquals(411, editor.send(chunked("/editor/writeups/1/images", "multipart/form-data; boundary=b", small)).statusCode());
        String cookie = editor.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, c) -> a + "; " + c).orElseThrow();
        RawHttp.Answer overImageLimit = raw.withHeader("Cookie", cookie).request("POST", "/editor/writeups/1/images",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "Content-Length", String.valueOf(10 * 1024 * 1024)), null);
        assertEquals(413, overImageLimit.status(), "10 MB is under the import's limit but over the image upload's");
        assertTrue(overImageLimit.body().contains("Images are limited to 8 MB"), overImageLimit.body());
    }

    private static HttpRequest chunked(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    private static byte[] multipart(String file) {
        return multipart("_csrf", "none", file);
    }

    private static byte[] multipart(String field, String value, String file) {
        return ("--b\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\npreview\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + file + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
