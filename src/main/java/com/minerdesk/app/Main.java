package com.minerdesk.app;

import com.minerdesk.accounts.FirstAccount;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.demo.DemoWriteups;
import com.minerdesk.fetch.FetchCommand;
import com.minerdesk.fetch.FetchSchedule;
import com.minerdesk.fetch.FetchScheduler;
import com.minerdesk.filings.EdgarFetch;
import com.minerdesk.live.SiteRenderer;
import com.minerdesk.ops.BackupCommand;
import com.minerdesk.prices.PricesFetch;
import com.minerdesk.ops.RestoreCommand;
import com.minerdesk.synthetic.SyntheticCommand;
import io.javalin.Javalin;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Command line: {@code serve} (default), {@code create-user}, {@code backup --to FILE}, {@code restore --from FILE}, {@code synthetic}. */
public final class Main {
    /** Every command, in the order the usage line names them; each reads the same environment. */
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", (config, args, out) -> serve(config, out));
        COMMANDS.put("create-user", CreateUserCommand::run);
        COMMANDS.put("backup", BackupCommand::run);
        COMMANDS.put("restore", RestoreCommand::run);
        COMMANDS.put("synthetic", SyntheticCommand::run);
        COMMANDS.put("fetch", FetchCommand::run);
    }

    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip of the day to the log on first use
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // share cards and uploaded images are drawn with Java2D, which must never look for a display
        System.setProperty("java.awt.headless", "true");
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
            Command chosen = COMMANDS.get(command);
            if (chosen == null) {
                System.err.println("Unknown command '" + command + "'. Commands: serve, create-user --email E --name N --role R, "
                        + "backup --to FILE, restore --from FILE, synthetic [--weeks W --companies C --writeups N], fetch edgar|prices [--from D --to D --tickers A,B]");
                System.exit(2);
                return;
            }
            chosen.run(config, rest, System.out);
        } catch (Config.ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
        } catch (CompletionException e) {
            // serve runs start-up steps in parallel: a bad setting found in one is still a one-line error
            if (!(e.getCause() instanceof Config.ConfigException bad)) {
                throw e;
            }
            System.err.println("Configuration error: " + bad.getMessage());
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Command.Failed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static void serve(Config config, PrintStream out) {
        long started = System.nanoTime();
        Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        // the server is built while the data is loaded: they are independent, and there are cores for both
        CompletableFuture<Javalin> built = CompletableFuture.supplyAsync(
                () -> App.create(config, db, Path.of("").toAbsolutePath(), Clock.systemUTC()));
        // the first account's password hash (bcrypt, deliberately slow) is made while the demo data loads
        CompletableFuture<FirstAccount.Outcome> account = CompletableFuture.supplyAsync(() -> FirstAccount.ensure(db, config));
        if (config.demoData()) {
            DemoData.loadIfEmpty(db);
        }
        FirstAccount.Outcome signIn = account.join();
        if (config.demoData()) {
            DemoWriteups.loadIfNone(db, SiteRenderer.of(db, config.baseUrl(), config.timeZone()));
        }
        Javalin app = built.join();
        com.minerdesk.ops.GracefulStop.install(app, db);
        com.minerdesk.ops.HeapReturn.install();
        app.start(config.port());
        StartupMessage.print(out, config, app.port(), signIn, db.contentVersion().demoData(), started);
        scheduledFetches(config, db).start(Duration.ofMinutes(1));
    }

    /** The connectors that run by themselves (FETCH_SCHEDULE), once a day across all instances. */
    private static FetchScheduler scheduledFetches(Config config, Database db) {
        Clock clock = Clock.systemUTC();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new FetchScheduler(db, clock, config.fetchSchedule(),
                Map.of("edgar", () -> new EdgarFetch(db, config.edgar(), clock).run(Set.of(), quiet),
                        "prices", () -> {
                            LocalDate today = LocalDate.now(clock.withZone(FetchSchedule.MARKET_ZONE));
                            return new PricesFetch(db, config.prices(), clock).run(Set.of(), today.minusDays(7), today, quiet);
                        }),
                ProcessHandle.current().pid() + "@" + hostName());
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
