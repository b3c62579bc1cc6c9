package com.minerdesk.accounts;

import java.time.OffsetDateTime;
import com.minerdesk.app.Config;
import com.minerdesk.db.Database;

/**
 * The first account: the admin from ADMIN_EMAIL / ADMIN_PASSWORD when set, otherwise (demo data
 * only) a demo editor with a random password, which the start-up message shows once. No fixed
 * password anywhere.
 */
public final class FirstAccount {
    static final String DEMO_EDITOR_EMAIL = "editor@minerdesk.example";

    private FirstAccount() {
    }

    /** What start-up did about accounts, for the start-up message. */
    public sealed interface Outcome {
    }

    /** Accounts existed already; none was created. */
    public record Existing() implements Outcome {
    }

    /** The admin named by ADMIN_EMAIL, with the password ADMIN_PASSWORD. */
    public record Admin(String email) implements Outcome {
    }

    /** The demo editor; its password exists nowhere else in clear. */
    public record DemoEditor(String email, String password) implements Outcome {
    }

    /** No account and nothing to make one from (no ADMIN_EMAIL, no demo data). */
    public record None() implements Outcome {
    }

    public static Outcome ensure(Database db, Config config) {
        UserQueries users = new UserQueries(db.dsl());
        if (users.any()) {
            return new Existing();
        }
        if (!config.adminEmail().isEmpty()) {
            Passwords.problem(config.adminPassword()).ifPresent(p -> {
                throw new Config.ConfigException("ADMIN_PASSWORD is not acceptable: " + p);
            });
            db.writeVoid(tx -> {
                UserQueries.create(tx, config.adminEmail(), "Administrator", "admin", config.adminPassword());
                Audit.record(tx, OffsetDateTime.now(), null, "local", "account-created", config.adminEmail() + " (admin, from ADMIN_EMAIL)");
            });
            return new Admin(UserQueries.normaliseEmail(config.adminEmail()));
        }
        if (config.demoData()) {
            String password = Tokens.random().substring(0, 20);
            db.writeVoid(tx -> {
                UserQueries.create(tx, DEMO_EDITOR_EMAIL, "Demo Editor", "editor", password);
                Audit.record(tx, OffsetDateTime.now(), null, "local", "account-created", DEMO_EDITOR_EMAIL + " (demo editor)");
            });
            return new DemoEditor(DEMO_EDITOR_EMAIL, password);
        }
        return new None();
    }
}
