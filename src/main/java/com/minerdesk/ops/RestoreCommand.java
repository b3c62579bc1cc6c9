package com.minerdesk.ops;

import static com.minerdesk.db.generated.Tables.SITE_STATE;

import com.minerdesk.app.Config;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * {@code restore --from FILE}: loads a backup into an empty H2 database. It refuses any database
 * that has tables, so a restore can never mix two sites' data or overwrite the live one.
 */
public final class RestoreCommand {
    private RestoreCommand() {
    }

    public static void run(Config config, String[] args, PrintStream out) {
        H2Connections.refusePostgres(config);
        Path from = CommandArgs.parse("restore", args, "--from").requiredPath("--from");
        BackupFile.check(from);
        long started = System.nanoTime();
        try (Connection c = H2Connections.createIfMissing(config)) {
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            List<String> tables = userTables(dsl);
            if (!tables.isEmpty()) {
                throw new IllegalArgumentException("restore: the database at " + config.databaseUrl() + " is not empty (it has "
                        + tables.size() + " tables: " + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                        + (tables.size() > 5 ? ", ..." : "") + "). restore only loads into an empty database: set "
                        + "DATABASE_URL to a new database, or stop the app and move this one away first.");
            }
            try (Statement statement = c.createStatement()) {
                // the statements checked above, read again and run one by one (never H2's RUNSCRIPT, which runs anything)
                BackupFile.forEachStatement(from, statement::execute);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("restore failed part-way: " + e.getMessage() + "\nThe database at "
                        + config.databaseUrl() + " now holds part of the backup; remove it before trying again.", e);
            }
            Long version = dsl.select(SITE_STATE.CONTENT_VERSION).from(SITE_STATE).where(SITE_STATE.ID.eq(1))
                    .fetchOne(SITE_STATE.CONTENT_VERSION);
            out.printf("Restored %s into %s: %d tables, content version %d, %d ms.%n", from, config.databaseUrl(),
                    userTables(dsl).size(), version == null ? 0 : version, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        }
    }

    private static List<String> userTables(DSLContext dsl) {
        return dsl.meta().getTables().stream()
                .filter(t -> t.getSchema() == null || !"INFORMATION_SCHEMA".equalsIgnoreCase(t.getSchema().getName()))
                .map(Table::getName)
                .sorted()
                .toList();
    }
}
