package com.minerdesk.ops;

import com.minerdesk.app.Config;
import com.minerdesk.db.JdbcUrls;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A plain connection through the app's own JDBC URL and options, without migrating: while the app
 * runs on an H2 file, H2's auto-server mode routes it into the running process.
 */
final class H2Connections {
    static final String POSTGRES_BACKUP = "backup and restore work on the built-in H2 database. On PostgreSQL use its "
            + "own tools: 'pg_dump --format=custom --file=FILE postgresql://USER@HOST/DB' while the app runs, and "
            + "'pg_restore --no-owner --dbname=postgresql://USER@HOST/NEWDB FILE' into an empty database "
            + "(README, Operations).";

    private H2Connections() {
    }

    static void refusePostgres(Config config) {
        if (config.isPostgres()) {
            throw new IllegalArgumentException(POSTGRES_BACKUP);
        }
    }

    /** Opens an existing database only, so a typing error in DATABASE_URL never creates an empty one. */
    static Connection existing(Config config) {
        return open(config, ";IFEXISTS=TRUE");
    }

    /** Opens the database, creating it when it does not exist yet. */
    static Connection createIfMissing(Config config) {
        return open(config, "");
    }

    private static Connection open(Config config, String extra) {
        String url = JdbcUrls.withRequiredOptions(config.databaseUrl()) + extra;
        try {
            return DriverManager.getConnection(url, config.databaseUser(), config.databasePassword());
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_1) {
                throw new IllegalArgumentException("There is no database at " + config.databaseUrl()
                        + ". Check DATABASE_URL.");
            }
            throw new IllegalArgumentException("Cannot open the database at " + config.databaseUrl() + ": "
                    + e.getMessage());
        }
    }
}
