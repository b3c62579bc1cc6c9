package com.minerdesk.app;

import com.minerdesk.accounts.FirstAccount;
import com.minerdesk.db.DatabaseLocation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few lines a person sees once the server listens: where the site is, how to sign in, where the
 * data lives and how to stop. Printed to standard output rather than logged, because under
 * {@code mvn -q exec:java} the app logs through Maven's logger, which -q silences.
 */
final class StartupMessage {
    private static final String INDENT = "            ";

    private StartupMessage() {
    }

    static void print(PrintStream out, Config config, int port, FirstAccount.Outcome account, boolean sampleData,
            long startedNanos) {
        lines(config, port, account, sampleData, (System.nanoTime() - startedNanos) / 1_000_000).forEach(out::println);
        out.flush();
    }

    static List<String> lines(Config config, int port, FirstAccount.Outcome account, boolean sampleData, long tookMillis) {
        String site = "http://localhost:" + port;
        boolean publicUrlSet = !config.baseUrl().equals("http://localhost:" + config.port());
        List<String> lines = new ArrayList<>();
        lines.add("Minerdesk is running at " + site + " ("
                + (publicUrlSet ? "public address " + config.baseUrl() + "; " : "")
                + String.format(Locale.ROOT, "started in %.1f s)", tookMillis / 1000.0));
        lines.addAll(signIn(site + "/login", account, config));
        lines.add("  data:     " + DatabaseLocation.describe(config.databaseUrl(), config.databaseUser())
                + (sampleData ? " (sample data)" : ""));
        lines.add("  stop:     Ctrl+C");
        return lines;
    }

    private static List<String> signIn(String login, FirstAccount.Outcome account, Config config) {
        String prefix = "  sign in:  ";
        if (account instanceof FirstAccount.DemoEditor demo) {
            return List.of(prefix + login + " as " + demo.email() + " with password " + demo.password(),
                    INDENT + "(a demo editor, created just now; the password is shown only this once)");
        }
        if (account instanceof FirstAccount.Admin admin) {
            return List.of(prefix + login + " as " + admin.email() + " with the password in ADMIN_PASSWORD",
                    INDENT + "(the first admin, created just now from ADMIN_EMAIL)");
        }
        if (account instanceof FirstAccount.Existing) {
            return List.of(prefix + login + " with an existing account",
                    INDENT + "(" + (config.adminEmail().isEmpty() ? "" : "ADMIN_EMAIL not used: ")
                            + "the database has accounts already; README, Accounts, tells how to add one)");
        }
        return List.of(prefix + "no account yet: set ADMIN_EMAIL and ADMIN_PASSWORD and start again");
    }
}
