package com.minerdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.app.App;
import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.testing.TestApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site tells and allows about itself: health, image sources, where its templates come from. */
class ExposureTest {
    @Test
    void healthDoesNotNameTheDatabase() {
        try (TestApp app = TestApp.empty()) {
            HttpResponse<String> r = app.get("/healthz");
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"ok\"}", r.body());
        }
    }

    @Test
    void imagesComeFromThisSiteAndNamedHostsOnly() {
        try (TestApp app = TestApp.start(Map.of("IMAGE_HOSTS", "images.example.com, cdn.example.org"), false)) {
            String csp = app.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("img-src 'self' data: https://images.example.com https://cdn.example.org;"), csp);
        }
        assertFalse(SecurityHeaders.CSP.contains("https:;") || SecurityHeaders.CSP.contains("https: "), SecurityHeaders.CSP);
        assertThrows(Config.ConfigException.class, () -> Config.from(Map.of("IMAGE_HOSTS", "https:; script-src *")));
    }

    @Test
    void templatesAreReadFromTheWorkingFolderOnlyInDevelopment(@TempDir Path dir) throws Exception {
        copy(Path.of("templates"), dir.resolve("templates"));
        copy(Path.of("static"), dir.resolve("static"));
        Path login = dir.resolve("templates/accounts/login.html");
        Files.writeString(login, Files.readString(login).replace("<h1>Sign in</h1>", "<h1>Sign in FROM-DISK</h1>"));
        assertFalse(loginPage(dir, Map.of()).contains("FROM-DISK"), "by default: the templates of the build");
        assertTrue(loginPage(dir, Map.of("DEV_TEMPLATES", "true")).contains("FROM-DISK"));
    }

    private static String loginPage(Path dir, Map<String, String> extra) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("DATABASE_URL", "jdbc:h2:mem:exposure-" + UUID.randomUUID(),
                "DEMO_DATA", "false", "BASE_URL", "http://minerdesk.test"));
        env.putAll(extra);
        Config config = Config.from(env);
        try (Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            Javalin server = App.create(config, db, dir, Clock.systemUTC()).start(0);
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            } finally {
                server.stop();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
