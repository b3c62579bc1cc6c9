package com.minerdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.AppProcess;
import com.minerdesk.testing.Browser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a request is in flight: the server stops accepting connections, the request
 * finishes (here a sign-in, which writes a session), the database closes cleanly, the process exits
 * with status 0, and the session it wrote works after a restart.
 */
class GracefulStopIT {
    @TempDir
    Path dir;

    @Test
    void sigtermLetsTheRequestInFlightFinishThenClosesTheDatabase() throws Exception {
        String sessionCookie;
        try (AppProcess app = AppProcess.serve(dir, DurabilityIT.env(dir))) {
            Browser browser = new Browser(app.baseUrl());
            String token = Browser.tokenFrom(browser.get("/login").body());
            String preSession = browser.cookies().getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("md_csrf")).findFirst().orElseThrow().getValue();
            byte[] body = ("_csrf=" + token + "&email=" + URLEncoder.encode(DurabilityIT.ADMIN, StandardCharsets.UTF_8)
                    + "&password=" + DurabilityIT.PASSWORD + "&next=%2Feditor").getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", app.port()), 5000);
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                InputStream in = s.getInputStream();
                out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: md_csrf=" + preSession
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                        + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                // Jetty sends 100 Continue when the handler starts reading the body: the request is in flight.
                String interim = readHead(in);
                assertTrue(interim.startsWith("HTTP/1.1 100"), interim);

                ProcessHandle.of(app.pid()).orElseThrow().destroy();
                // A slow client: the body trickles in while the server shuts down, and the rest comes
                // only once it refuses new connections. (Trickling keeps the connection from looking
                // idle: Jetty gives idle connections 1 s once a stop has begun.)
                int sent = 0;
                while (acceptsConnections(app.port())) {
                    assertTrue(sent < body.length - 1, "the server kept accepting connections after SIGTERM");
                    out.write(body[sent++]);
                    out.flush();
                    Thread.sleep(50);
                }
                out.write(body, sent, body.length - sent);
                out.flush();
                String answer = readAll(in);
                assertTrue(answer.startsWith("HTTP/1.1 303"), "the request in flight finished: " + answer);
                sessionCookie = answer.lines().filter(l -> l.toLowerCase().startsWith("set-cookie: md_session="))
                        .map(l -> HttpCookie.parse(l.substring("set-cookie:".length()).trim()).get(0).getValue())
                        .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + answer));
            }
            assertEquals(0, app.waitForExit(), app.log());
            String log = app.log();
            assertTrue(log.contains("Stopped cleanly"), log);
            assertFalse(log.contains("Unhandled error") || log.contains("has been closed"), log);
            assertFalse(Files.exists(dir.resolve("data/minerdesk.lock.db")), "H2 removes its lock file only on a clean close");
        }
        try (AppProcess restarted = AppProcess.serve(dir, DurabilityIT.env(dir))) {
            CookieManager cookies = new CookieManager();
            HttpCookie cookie = new HttpCookie("md_session", sessionCookie);
            cookie.setPath("/");
            cookies.getCookieStore().add(URI.create(restarted.baseUrl()), cookie);
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            HttpResponse<String> editor = client.send(HttpRequest.newBuilder(URI.create(restarted.baseUrl() + "/editor"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, editor.statusCode(), "the session written during the stop is valid after restart");
        }
    }

    private static boolean acceptsConnections(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
