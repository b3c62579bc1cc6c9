package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.AppProcess;
import com.minerdesk.testing.Browser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer sees: README's start command run in a fresh copy of the repository, and
 * {@code java -jar}, print where the site is, how to sign in, where the data lives and how to stop,
 * and nothing else; the printed password signs in, and Ctrl+C stops the app.
 */
class FirstStartIT {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final String DEMO_HINT = "            (a demo editor, created just now; the password is shown only this once)";
    private static final String STOP = "  stop:     Ctrl+C";

    @TempDir
    Path dir;

    @Test
    void readmeStartCommandInAFreshCopyTellsWhereHowAndStopsOnCtrlC() throws Exception {
        List<String> readme = readmeStartCommand();
        assertEquals(List.of("mvn", "-B", "-q", "-DskipTests", "compile", "exec:java"), readme,
                "the command this test runs is README's");
        Path copy = freshCopy(dir.resolve("minerdesk"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                // a process started in the background may inherit SIGINT ignored; Ctrl+C in a terminal is not
                "perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"$ARGV[0]: $!\"",
                maven(), "-Dmaven.repo.local=" + System.getProperty("it.maven.repo",
                        Path.of(System.getProperty("user.home"), ".m2", "repository").toString())));
        command.addAll(readme.subList(1, readme.size()));
        long t0 = System.nanoTime();
        try (AppProcess app = AppProcess.serve(copy, Map.of("PORT", Integer.toString(port)), command, Duration.ofMinutes(5))) {
            System.out.printf("README command in a fresh copy: serving after %d s, printing:%n%s",
                    (System.nanoTime() - t0) / 1_000_000_000, app.log());
            assertEquals(port, app.port());
            assertDemoFirstStart(app, copy.toRealPath());
            assertEquals(0, app.interrupt(), "Ctrl+C stops the app: " + app.log());
            assertEquals(5, lines(app.log()).size(), "nothing but the start-up message under mvn -q: " + app.log());
        }
    }

    @Test
    void jarFirstStartShowsTheDemoEditorThenARestartShowsNoPassword() throws Exception {
        try (AppProcess app = AppProcess.serve(dir, Map.of())) {
            System.out.printf("java -jar, first start, printing:%n%s", app.log());
            assertDemoFirstStart(app, dir.toRealPath());
            assertEquals(5, lines(app.log()).size(), "nothing but the start-up message: " + app.log());
            assertEquals(0, app.terminate(), app.log());
        }
        try (AppProcess again = AppProcess.serve(dir, Map.of())) {
            String site = again.baseUrl();
            List<String> out = lines(again.log());
            assertEquals(List.of(
                    "  sign in:  " + site + "/login with an existing account",
                    "            (the database has accounts already; README, Accounts, tells how to add one)",
                    "  data:     H2 database " + dir.toRealPath().resolve("data/minerdesk.mv.db") + " (sample data)",
                    STOP), out.subList(1, out.size()), again.log());
            assertEquals(0, again.terminate(), again.log());
        }
    }

    @Test
    void jarWithAdminFromTheEnvironmentNamesItOrRejectsItsPasswordInOneLine() throws Exception {
        Path other = Files.createDirectory(dir.resolve("weak"));
        AppProcess.Result weak = AppProcess.run(other, Map.of("PORT", "0", "ADMIN_EMAIL", "boss@example.com",
                "ADMIN_PASSWORD", "short"), "serve");
        assertEquals(2, weak.exitCode(), weak.output());
        assertEquals(List.of("Configuration error: ADMIN_PASSWORD is not acceptable: Use at least 12 characters."),
                lines(weak.output()));

        try (AppProcess app = AppProcess.serve(dir, Map.of("ADMIN_EMAIL", "Boss@Example.com",
                "ADMIN_PASSWORD", "a-very-good-secret-99", "DEMO_DATA", "false"))) {
            String site = app.baseUrl();
            List<String> out = lines(app.log());
            assertEquals(List.of(
                    "  sign in:  " + site + "/login as boss@example.com with the password in ADMIN_PASSWORD",
                    "            (the first admin, created just now from ADMIN_EMAIL)",
                    "  data:     H2 database " + dir.toRealPath().resolve("data/minerdesk.mv.db"),
                    STOP), out.subList(1, out.size()), app.log());
            assertFalse(app.log().contains("a-very-good-secret-99"), app.log());
            assertEquals(303, new Browser(site).signIn("boss@example.com", "a-very-good-secret-99").statusCode());
            assertEquals(0, app.terminate(), app.log());
        }
    }

    /** Asserts the message of a first start on the demo data and signs in with what it prints. */
    private static void assertDemoFirstStart(AppProcess app, Path workDir) {
        String site = "http://localhost:" + app.port();
        List<String> out = lines(app.log());
        assertTrue(out.size() >= 5, app.log());
        assertTrue(out.get(0).matches(Pattern.quote("Minerdesk is running at " + site + " (started in ") + "\\d+\\.\\d s\\)"),
                out.get(0));
        Matcher signIn = Pattern.compile(Pattern.quote("  sign in:  " + site + "/login as ") + "(\\S+) with password (\\S{20})")
                .matcher(out.get(1));
        assertTrue(signIn.matches(), out.get(1));
        Path data = workDir.resolve("data/minerdesk.mv.db");
        assertEquals(List.of(DEMO_HINT, "  data:     H2 database " + data + " (sample data)", STOP), out.subList(2, 5));
        assertTrue(Files.isRegularFile(data), data + " is where the data is");
        assertFalse(app.log().contains("never started"), app.log());

        Browser browser = new Browser(site);
        assertEquals(200, browser.get("/").statusCode());
        HttpResponse<String> signedIn = browser.signIn(signIn.group(1), signIn.group(2));
        assertEquals(303, signedIn.statusCode(), "the printed e-mail and password sign in: " + signedIn.body());
        assertEquals(200, browser.get("/editor").statusCode());
    }

    /** The output's lines without Maven's colour resets and without blank lines. */
    private static List<String> lines(String output) {
        return ANSI.matcher(output).replaceAll("").lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> readmeStartCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Start it"));
        String block = section.substring(section.indexOf("```\n") + 4);
        return Arrays.asList(block.substring(0, block.indexOf('\n')).trim().split("\\s+"));
    }

    /** The repository's files as a clone of the working tree would have them: tracked and new, not ignored. */
    private static Path freshCopy(Path copy) throws Exception {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, "git ls-files failed (is this a git checkout?)");
        for (String name : listing.split("\0")) {
            Path from = Path.of(name);
            if (!name.isEmpty() && Files.isRegularFile(from)) {
                Files.createDirectories(copy.resolve(name).getParent());
                Files.copy(from, copy.resolve(name));
            }
        }
        assertTrue(Files.isRegularFile(copy.resolve("pom.xml")), "the copy has the pom");
        return copy;
    }

    private static String maven() {
        String home = System.getProperty("it.maven.home");
        return home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
