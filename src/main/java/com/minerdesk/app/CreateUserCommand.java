package com.minerdesk.app;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.Passwords;
import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code create-user --email E --name N --role editor|admin}; the password is read from standard input. */
final class CreateUserCommand {
    private CreateUserCommand() {
    }

    static void run(Config config, String[] args, PrintStream out) {
        Map<String, String> opts = options(args);
        String email = UserQueries.normaliseEmail(require(opts, "email"));
        String name = require(opts, "name").trim();
        String role = require(opts, "role");
        if (!role.equals("editor") && !role.equals("admin")) {
            throw new IllegalArgumentException("--role must be editor or admin");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("--email must be an e-mail address");
        }
        String password = readPassword();
        Passwords.problem(password).ifPresent(p -> {
            throw new IllegalArgumentException("Password refused: " + p);
        });
        try (Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            UserQueries users = new UserQueries(db.dsl());
            if (users.byEmail(email).isPresent()) {
                throw new IllegalArgumentException("An account with e-mail " + email + " exists already.");
            }
            db.writeVoid(tx -> {
                UserQueries.create(tx, email, name, role, password);
                Audit.record(tx, OffsetDateTime.now(), null, "command line", "account-created", email + " (" + role + ")");
            });
        }
        out.println("Created " + role + " " + email);
    }

    private static String readPassword() {
        if (System.console() != null) {
            char[] p = System.console().readPassword("Password (12+ characters): ");
            return p == null ? "" : new String(p);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the password from standard input");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Usage: create-user --email E --name N --role editor|admin (password on standard input)");
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Missing --" + key + ". Usage: create-user --email E --name N --role editor|admin");
        }
        return v;
    }
}
