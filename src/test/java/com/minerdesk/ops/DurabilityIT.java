package com.minerdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.AppProcess;
import com.minerdesk.testing.Browser;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on an H2 file, killed with SIGKILL while an editor keeps saving pivot events
 * through the desk's form: after a restart every save that was acknowledged (the 303 after the
 * POST) is on the public page.
 */
class DurabilityIT {
    static final String ADMIN = "admin@example.com";
    static final String PASSWORD = "a-long-admin-passphrase-7";

    @TempDir
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
    void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        try (AppProcess app = AppProcess.serve(dir, env(dir))) {
            Browser editor = signIn(app);
            String csrf = editor.csrf();
            AtomicBoolean killed = new AtomicBoolean();
            Thread saving = new Thread(() -> {
                for (int i = 0; !killed.get(); i++) {
                    String counterparty = "Durable Counterparty " + i;
                    Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", csrf, "ticker", "CORZ",
                            "date", "2025-11-27", "date_precision", "day", "counterparty", counterparty, "kind", "hosting",
                            "summary", "Saved before the kill, number " + i + ".", "source_name", "Durability test",
                            "source_url", "https://example.com/durable/" + i));
                    form.put("amount_usd", "");
                    form.put("capacity_mw", "");
                    try {
                        HttpResponse<String> r = editor.postRaw("/editor/pivots/new", form);
                        if (r.statusCode() == 303) {
                            acknowledged.add(counterparty);
                        } else {
                            throw new AssertionError("save " + i + " answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (UncheckedIOException connectionCut) {
                        return; // the process died under this request: it was never acknowledged
                    }
                }
            });
            saving.start();
            while (acknowledged.size() < 12 && saving.isAlive()) {
                Thread.sleep(5);
            }
            killed.set(true);
            app.kill();
            saving.join();
            assertTrue(acknowledged.size() >= 12, "saves were acknowledged before the kill: " + acknowledged.size());
        }
        try (AppProcess restarted = AppProcess.serve(dir, env(dir))) {
            String pivots = Jsoup.parse(restarted.get("/pivots?company=CORZ").body()).text();
            List<String> lost = acknowledged.stream().filter(c -> !pivots.contains(c + " ")).toList();
            assertTrue(lost.isEmpty(), "acknowledged saves lost after SIGKILL: " + lost);
            assertEquals(200, restarted.get("/weeks/2025-11-28").statusCode());
            assertFalse(restarted.log().contains("Unhandled error"), restarted.log());
        }
    }
}
