package com.minerdesk.testing;

import com.minerdesk.app.App;
import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.demo.DemoWriteups;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.ExecuteListener;

/**
 * The whole app on a random port over a fresh in-memory H2 database (or a given JDBC URL), with a
 * real HTTP client. Close it after use.
 */
public final class TestApp implements AutoCloseable {
    public final Config config;
    public final Database db;
    public final Javalin server;
    public final String baseUrl;
    public final MutableClock clock;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestApp(Config config, Database db, MutableClock clock) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.server = App.create(config, db, java.nio.file.Path.of("").toAbsolutePath(), clock).start(0);
        this.baseUrl = "http://localhost:" + server.port();
    }

    /** A fresh H2 in-memory database with the demo data set. */
    public static TestApp withDemoData() {
        return start(Map.of(), true);
    }

    /** A fresh H2 in-memory database with nothing in it. */
    public static TestApp empty() {
        return start(Map.of(), false);
    }

    public static TestApp start(Map<String, String> extraEnv, boolean demo) {
        return start(extraEnv, demo, new ExecuteListener[0]);
    }

    /** As {@link #start(Map, boolean)}, with jOOQ listeners on the database (e.g. to count queries). */
    public static TestApp start(Map<String, String> extraEnv, boolean demo, ExecuteListener... listeners) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "jdbc:h2:mem:test-" + UUID.randomUUID());
        env.put("BASE_URL", "http://minerdesk.test");
        env.putAll(extraEnv);
        Config config = Config.from(env);
        Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), listeners);
        if (demo) {
            DemoData.loadIfEmpty(db);
        }
        // whole milliseconds: a database rounding a stored time to its precision must not move it past the frozen clock
        return new TestApp(config, db, new MutableClock(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    public static final String EDITOR_EMAIL = "editor@example.com";
    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String PASSWORD = "correct-horse-battery-42";

    /** Creates an account (idempotent per e-mail) with {@link #PASSWORD}. */
    public long createUser(String email, String name, String role) {
        return new com.minerdesk.accounts.UserQueries(db.dsl()).byEmail(email)
                .map(com.minerdesk.db.generated.tables.records.UsersRecord::getId)
                .orElseGet(() -> db.write(tx -> com.minerdesk.accounts.UserQueries.create(tx, email, name, role, PASSWORD)));
    }

    /** Adds the demo write-ups, as the served app loads them once an account exists. */
    public TestApp withDemoWriteups() {
        createUser(EDITOR_EMAIL, "Erin Editor", "editor");
        DemoWriteups.loadIfNone(db, com.minerdesk.live.SiteRenderer.of(db, config.baseUrl(), config.timeZone()));
        return this;
    }

    public Browser browser() {
        return new Browser(baseUrl);
    }

    /** A browser signed in as an editor. */
    public Browser editor() {
        return signedIn(EDITOR_EMAIL, "Erin Editor", "editor");
    }

    /** A browser signed in as an admin. */
    public Browser admin() {
        return signedIn(ADMIN_EMAIL, "Ada Admin", "admin");
    }

    private Browser signedIn(String email, String name, String role) {
        createUser(email, name, role);
        Browser b = browser();
        var r = b.signIn(email, PASSWORD);
        if (r.statusCode() != 303) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        return b;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
