package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.minerdesk.accounts.FirstAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lines printed once the server listens, for each way the first account can come about. */
class StartupMessageTest {
    @Test
    void demoEditorOnTheDefaultH2File() {
        Config config = Config.from(Map.of("DATABASE_URL", "jdbc:h2:file:/srv/minerdesk/data/minerdesk"));
        assertEquals(List.of(
                "Minerdesk is running at http://localhost:7070 (started in 2.8 s)",
                "  sign in:  http://localhost:7070/login as editor@minerdesk.example with password Abc-123_xyz",
                "            (a demo editor, created just now; the password is shown only this once)",
                "  data:     H2 database /srv/minerdesk/data/minerdesk.mv.db (sample data)",
                "  stop:     Ctrl+C"),
                StartupMessage.lines(config, 7070,
                        new FirstAccount.DemoEditor("editor@minerdesk.example", "Abc-123_xyz"), true, 2_840));
    }

    @Test
    void adminFromTheEnvironmentOnPostgresqlShowsNoPassword() {
        Config config = Config.from(Map.of("PORT", "8080", "BASE_URL", "https://minerdesk.example",
                "DATABASE_URL", "jdbc:postgresql://db.internal:5432/minerdesk?password=url-secret&ssl=true",
                "DATABASE_USER", "desk", "DATABASE_PASSWORD", "env-secret",
                "ADMIN_EMAIL", "boss@example.com", "ADMIN_PASSWORD", "a-very-good-secret-99"));
        List<String> lines = StartupMessage.lines(config, 8080, new FirstAccount.Admin("boss@example.com"), false, 940);
        assertEquals(List.of(
                "Minerdesk is running at http://localhost:8080 (public address https://minerdesk.example; started in 0.9 s)",
                "  sign in:  http://localhost:8080/login as boss@example.com with the password in ADMIN_PASSWORD",
                "            (the first admin, created just now from ADMIN_EMAIL)",
                "  data:     PostgreSQL database minerdesk on db.internal:5432 as user desk",
                "  stop:     Ctrl+C"), lines);
        String all = String.join("\n", lines);
        assertFalse(all.contains("secret"), all);
    }

    @Test
    void existingAccountsSayThatAdminEmailWasNotUsed() {
        Config config = Config.from(Map.of("DATABASE_URL", "jdbc:h2:mem:try",
                "ADMIN_EMAIL", "boss@example.com", "ADMIN_PASSWORD", "a-very-good-secret-99"));
        assertEquals(List.of(
                "  sign in:  http://localhost:7070/login with an existing account",
                "            (ADMIN_EMAIL not used: the database has accounts already; README, Accounts, tells how to add one)",
                "  data:     H2 in memory (mem:try), gone when the app stops"),
                StartupMessage.lines(config, 7070, new FirstAccount.Existing(), false, 1_000).subList(1, 4));
    }

    @Test
    void noAccountAndNoWayToMakeOneSaysWhatToSet() {
        Config config = Config.from(Map.of("DEMO_DATA", "false"));
        assertEquals("  sign in:  no account yet: set ADMIN_EMAIL and ADMIN_PASSWORD and start again",
                StartupMessage.lines(config, 7070, new FirstAccount.None(), false, 1_000).get(1));
    }

    @Test
    void theActualPortWhenPortZeroAskedForAnyFreeOne() {
        Config config = Config.from(Map.of("PORT", "0"));
        assertEquals("Minerdesk is running at http://localhost:41234 (started in 1.0 s)",
                StartupMessage.lines(config, 41234, new FirstAccount.Existing(), false, 1_000).get(0));
    }
}
