package com.minerdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code target/minerdesk.jar}) run as a child process in its own folder, so it
 * reads templates and static files from the jar as in production. For the integration tests that
 * kill, stop and restart the real thing; or any other command that serves the app (README's Maven command).
 */
public final class AppProcess implements AutoCloseable {
    /** The start-up message, up to its last line. */
    private static final Pattern SERVING = Pattern.compile("Minerdesk is running at http://localhost:(\\d+).*?\n  stop: ",
            Pattern.DOTALL);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("app.jar", "target/minerdesk.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run 'mvn package' (integration tests run in 'mvn verify')");
        }
        return jar;
    }

    /** Starts {@code java -jar minerdesk.jar serve} in {@code dir} and waits until it serves. */
    public static AppProcess serve(Path dir, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PORT", "0");
        return serve(dir, all, javaJar("serve"), START_TIMEOUT);
    }

    /** Starts any command that serves the app (such as README's Maven command) and waits for its start-up message. */
    public static AppProcess serve(Path dir, Map<String, String> env, List<String> command, Duration timeout) {
        Path log = uniqueLog(dir, "serve");
        Process p = start(dir, env, log, command);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(read(log));
            if (m.find()) {
                return new AppProcess(p, log, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the app exited with " + p.exitValue() + " before serving:\n" + read(log));
            }
            sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the app did not start within " + timeout + ":\n" + read(log));
    }

    /** A command that runs to completion ({@code backup}, {@code restore}): its exit status and output. */
    public record Result(int exitCode, String output) {
    }

    public static Result run(Path dir, Map<String, String> env, String... args) {
        Path log = uniqueLog(dir, args[0]);
        Process p = start(dir, env, log, javaJar(args));
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", args) + " did not finish:\n" + read(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(p.exitValue(), read(log));
    }

    private static List<String> javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: these processes are started over and over, and start-up is mostly compiling
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Process start(Path dir, Map<String, String> env, Path log, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        for (String name : List.of("PORT", "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "BASE_URL", "DEMO_DATA",
                "TIME_ZONE", "PAGE_CACHE", "ADMIN_EMAIL", "ADMIN_PASSWORD", "TRUSTED_PROXIES")) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        return read(log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, nothing but what is already on disk. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGINT, what Ctrl+C in a terminal sends; returns the exit status once the process has ended. */
    public int interrupt() {
        try {
            int sent = new ProcessBuilder("kill", "-INT", Long.toString(pid())).inheritIO().start().waitFor();
            if (sent != 0) {
                throw new IllegalStateException("kill -INT " + pid() + " failed with " + sent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return waitForExit();
    }

    /** SIGTERM; returns the exit status once the process has ended. */
    public int terminate() {
        process.destroy();
        return waitForExit();
    }

    public int waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the app did not exit within 60 s:\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    private static Path uniqueLog(Path dir, String name) {
        try {
            return Files.createTempFile(dir, name + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
