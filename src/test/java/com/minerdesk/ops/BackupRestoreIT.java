package com.minerdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.AppProcess;
import com.minerdesk.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code backup} against a running app (H2 auto-server lets the second process
 * in), then {@code restore} into a new database, which serves the same pages; a second restore
 * into it is refused.
 */
class BackupRestoreIT {
    static final List<String> PAGES = List.of("/", "/weeks", "/weeks/2025-11-28", "/companies", "/companies/APLD",
            "/economics", "/pivots");

    @TempDir
    Path dir;

    @Test
    void backupOfARunningAppRestoresToTheSamePages() throws Exception {
        Map<String, String> liveEnv = DurabilityIT.env(dir);
        Path backup = dir.resolve("backups/minerdesk.zip");
        Files.createDirectories(backup.getParent());
        Map<String, String> pages = new LinkedHashMap<>();
        String accounts;
        try (AppProcess live = AppProcess.serve(dir, liveEnv)) {
            Browser admin = DurabilityIT.signIn(live);
            assertEquals(303, admin.post("/editor/accounts", Map.of("email", "kept@example.com", "name", "Kept Editor",
                    "role", "editor", "password", "kept-editor-password-1")).statusCode());
            for (String page : PAGES) {
                var r = live.get(page);
                assertEquals(200, r.statusCode(), page);
                pages.put(page, r.body());
            }
            accounts = admin.get("/editor/accounts").body();

            AppProcess.Result made = AppProcess.run(dir, liveEnv, "backup", "--to", backup.toString());
            assertEquals(0, made.exitCode(), made.output());
            assertTrue(made.output().contains("Backed up"), made.output());
            assertTrue(live.isAlive() && live.get("/healthz").statusCode() == 200, "the app kept running");

            AppProcess.Result again = AppProcess.run(dir, liveEnv, "backup", "--to", backup.toString());
            assertEquals(2, again.exitCode());
            assertTrue(again.output().contains("already exists"), again.output());
            live.terminate();
        }

        Map<String, String> restoredEnv = new HashMap<>(liveEnv);
        restoredEnv.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("restored/minerdesk"));
        AppProcess.Result restored = AppProcess.run(dir, restoredEnv, "restore", "--from", backup.toString());
        assertEquals(0, restored.exitCode(), restored.output());
        assertTrue(restored.output().contains("Restored"), restored.output());

        AppProcess.Result twice = AppProcess.run(dir, restoredEnv, "restore", "--from", backup.toString());
        assertEquals(2, twice.exitCode(), twice.output());
        assertTrue(twice.output().contains("not empty"), twice.output());

        try (AppProcess app = AppProcess.serve(dir, restoredEnv)) {
            for (String page : PAGES) {
                assertEquals(pages.get(page), app.get(page).body(), page + " differs after restore");
            }
            Browser admin = DurabilityIT.signIn(app);
            assertEquals(accounts.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""),
                    admin.get("/editor/accounts").body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""),
                    "the accounts (and their passwords) came back");
        }
    }

    @Test
    void backupOnPostgresqlPointsToPgDump() {
        AppProcess.Result r = AppProcess.run(dir, Map.of("DATABASE_URL", "jdbc:postgresql://localhost:1/minerdesk"),
                "backup", "--to", dir.resolve("x.zip").toString());
        assertEquals(2, r.exitCode(), r.output());
        assertTrue(r.output().contains("pg_dump"), r.output());
    }
}
