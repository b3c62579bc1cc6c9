package com.minerdesk.accounts;

import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first account: the admin from ADMIN_EMAIL / ADMIN_PASSWORD when set, otherwise (demo data
 * only) a demo editor whose random password is printed once to the log. No fixed password anywhere.
 */
public final class FirstAccount {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAccount.class);
    static final String DEMO_EDITOR_EMAIL = "editor@minerdesk.example";

    private FirstAccount() {
    }

    public static void ensure(Database db, Config config) {
        UserQueries users = new UserQueries(db.dsl());
        if (users.any()) {
            return;
        }
        if (!config.adminEmail().isEmpty()) {
            Passwords.problem(config.adminPassword()).ifPresent(p -> {
                throw new Config.ConfigException("ADMIN_PASSWORD is not acceptable: " + p);
            });
            db.writeVoid(tx -> {
                UserQueries.create(tx, config.adminEmail(), "Administrator", "admin", config.adminPassword());
                Audit.record(tx, null, "local", "account-created", config.adminEmail() + " (admin, from ADMIN_EMAIL)");
            });
            LOG.info("Created the first admin account {}", config.adminEmail());
        } else if (config.demoData()) {
            String password = Tokens.random().substring(0, 20);
            db.writeVoid(tx -> {
                UserQueries.create(tx, DEMO_EDITOR_EMAIL, "Demo Editor", "editor", password);
                Audit.record(tx, null, "local", "account-created", DEMO_EDITOR_EMAIL + " (demo editor)");
            });
            LOG.info("Demo editor account: {} with password {} (shown once; set ADMIN_EMAIL and ADMIN_PASSWORD for a real admin)",
                    DEMO_EDITOR_EMAIL, password);
        }
    }
}
