package com.minerdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.AppProcess;
import com.minerdesk.testing.Browser;
import com.minerdesk.testing.TestDatabases;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app killed with SIGKILL the instant a save is acknowledged, round after round: in
 * each round an editor saves pivot events without pause while a second session of the same editor
 * publishes a write-up, and the process is killed as soon as the write-up's 303 arrives (so another
 * thread is storing at the moment of the acknowledged commit). After each restart every save that
 * was ever acknowledged is there: write-ups on their editor page, pivot events in the public CSV.
 */
class DurabilityIT {
    static final String ADMIN = "admin@example.com";
    static final String PASSWORD = "a-long-admin-passphrase-7";
    // each round is one kill and one start (a few seconds on a quiet machine); without the fix in
    // db/UncleanShutdownRecovery about a third of the rounds lost saves
    private static final int ROUNDS = Integer.getInteger("durability.rounds", 6);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failure leaves the database for inspection
    Path dir;

    static Map<String, String> env(Path dir) {
        return Map.of("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("data/minerdesk"), "BASE_URL", "http://minerdesk.test",
                "ADMIN_EMAIL", ADMIN, "ADMIN_PASSWORD", PASSWORD);
    }

    static Browser signIn(AppProcess app) {
        Browser b = new Browser(app.baseUrl());
        HttpResponse<String> r = b.signIn(ADMIN, PASSWORD);
        assertEquals(303, r.statusCode(), r.body());
        return b;
    }

    @Test
    void onAnH2FileNoAcknowledgedSaveIsLostToSigkill() throws Exception {
        killRightAfterAcknowledgedSaves(env(dir));
    }

    @Test
    void onPostgresNoAcknowledgedSaveIsLostToSigkill() throws Exception {
        String url = TestDatabases.postgresUrl(TestDatabases.freshPostgresDatabase());
        killRightAfterAcknowledgedSaves(Map.of("DATABASE_URL", url, "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "postgres", "BASE_URL", "http://minerdesk.test", "ADMIN_EMAIL", ADMIN,
                "ADMIN_PASSWORD", PASSWORD));
    }

    private void killRightAfterAcknowledgedSaves(Map<String, String> env) throws Exception {
        List<String> writeups = new ArrayList<>();
        List<String> pivots = new CopyOnWriteArrayList<>();
        AppProcess app = AppProcess.serve(dir, env);
        try {
            // sessions live in the database: the same editor keeps them across restarts (cookies ignore the port)
            Browser publisher = signIn(app);
            List<Browser> desks = List.of(signIn(app), signIn(app));
            for (int round = 0; round < ROUNDS; round++) {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> savers = new ArrayList<>();
                for (int d = 0; d < desks.size(); d++) {
                    savers.add(savePivotsUntil(stop, app, desks.get(d), "round " + round + " desk " + d, pivots));
                }
                savers.forEach(Thread::start);
                String title = "Durable write-up of round " + round;
                HttpResponse<String> saved = on(app, publisher).post("/editor/writeups/new", writeupForm(title));
                if (saved.statusCode() == 303) {
                    app.kill();
                }
                stop.set(true);
                for (Thread t : savers) {
                    t.join();
                }
                assertEquals(303, saved.statusCode(), saved.body());
                writeups.add(saved.headers().firstValue("Location").orElseThrow() + " " + title);
                app.close();
                app = AppProcess.serve(dir, env);
                assertNothingLost(app, on(app, publisher), writeups, pivots, round);
            }
            assertFalse(app.log().contains("Unhandled error"), app.log());
        } finally {
            app.close();
        }
    }

    /** The signed-in browser pointed at this run of the app (a restart listens on a new port). */
    private static Browser on(AppProcess app, Browser signedIn) {
        return signedIn.at(app.baseUrl());
    }

    private static Thread savePivotsUntil(AtomicBoolean stop, AppProcess app, Browser signedIn, String desk,
            List<String> acknowledged) {
        Browser browser = on(app, signedIn);
        String csrf = browser.csrf();
        return new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String counterparty = "Durable counterparty " + desk + " save " + i;
                Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "ticker", "CORZ", "date", "2025-11-27",
                        "date_precision", "day", "counterparty", counterparty, "kind", "hosting",
                        "summary", "Saved before the kill.", "source_name", "Durability test",
                        "source_url", "https://example.com/durable/" + i));
                form.put("amount_usd", "");
                form.put("capacity_mw", "");
                try {
                    HttpResponse<String> r = browser.postRaw("/editor/pivots/new", form);
                    if (r.statusCode() != 303) {
                        throw new AssertionError("pivot save answered " + r.statusCode() + ": " + r.body());
                    }
                    acknowledged.add(counterparty);
                } catch (UncheckedIOException connectionCut) {
                    return; // the process died under this request: it was never acknowledged
                }
            }
        }, "pivot-saver");
    }

    private static Map<String, String> writeupForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "Published, acknowledged, then the process is killed.");
        // long enough that its commit is a chunk of several blocks, next to the small ones of the pivot events
        form.put("body", ("The body of " + title + ", a paragraph that makes the write-up long. ").repeat(8)
                .concat("\n\n").repeat(24));
        form.put("tags", "durability");
        form.put("week", "");
        form.put("status", "published");
        form.put("publishAt", "");
        form.put("version", "0");
        return form;
    }

    private static void assertNothingLost(AppProcess app, Browser editor, List<String> writeups, List<String> pivots,
            int round) {
        List<String> lost = new ArrayList<>();
        for (String saved : writeups) {
            String location = saved.substring(0, saved.indexOf(' '));
            String title = saved.substring(saved.indexOf(' ') + 1);
            HttpResponse<String> page = editor.get(location);
            if (page.statusCode() != 200 || !page.body().contains(title)) {
                lost.add(saved);
            }
        }
        String pivotCsv = app.get("/pivots.csv").body();
        pivots.stream().filter(c -> !pivotCsv.contains(c + ",")).forEach(lost::add);
        assertTrue(lost.isEmpty(), "after round " + round + " acknowledged saves lost to SIGKILL: " + lost);
    }
}
