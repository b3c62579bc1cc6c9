package com.minerdesk.app;

import com.minerdesk.accounts.FirstAccount;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.demo.DemoWriteups;
import com.minerdesk.live.LiveRenderStep;
import com.minerdesk.web.Fmt;
import com.minerdesk.writeups.WriteupRenderer;
import com.minerdesk.synthetic.SyntheticCommand;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command line: {@code serve} (default), {@code create-user}, {@code backup --to FILE}, {@code restore --from FILE}, {@code synthetic}. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip of the day to the log on first use
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        Config config;
        try {
            config = Config.fromEnvironment();
        } catch (Config.ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            switch (command) {
                case "serve" -> serve(config);
                case "create-user" -> CreateUserCommand.run(config, rest);
                case "backup" -> com.minerdesk.ops.BackupCommand.run(config, rest, System.out);
                case "restore" -> com.minerdesk.ops.RestoreCommand.run(config, rest, System.out);
                case "synthetic" -> SyntheticCommand.run(config.databaseUrl(), config.databaseUser(),
                        config.databasePassword(), config.baseUrl(), config.timeZone(), rest);
                default -> {
                    System.err.println("Unknown command '" + command + "'. Commands: serve, create-user, backup --to FILE, restore --from FILE, synthetic");
                    System.exit(2);
                }
            }
        } catch (Config.ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static void serve(Config config) {
        long started = System.nanoTime();
        Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        // the server is built while the data is loaded: they are independent, and there are cores for both
        CompletableFuture<Javalin> built = CompletableFuture.supplyAsync(() -> App.create(config, db));
        // the first account's password hash (bcrypt, deliberately slow) is made while the demo data loads
        CompletableFuture<Void> account = CompletableFuture.runAsync(() -> FirstAccount.ensure(db, config));
        if (config.demoData()) {
            DemoData.loadIfEmpty(db);
        }
        account.join();
        if (config.demoData()) {
            DemoWriteups.loadIfNone(db, WriteupRenderer.forSite(config.baseUrl())
                    .with(LiveRenderStep.over(db, new Fmt(config.timeZone()), config.devTemplates() ? Path.of("").toAbsolutePath() : null)));
        }
        Javalin app = built.join();
        com.minerdesk.ops.GracefulStop.install(app, db);
        com.minerdesk.ops.HeapReturn.install();
        app.start(config.port());
        LOG.info("Minerdesk serving {} on port {} ({} ms)", config.baseUrl(), app.port(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
