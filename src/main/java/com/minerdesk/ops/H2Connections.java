package com.minerdesk.ops;

import com.minerdesk.app.Config;
import com.minerdesk.db.FileDatabases;
import com.minerdesk.db.H2File;
import com.minerdesk.db.JdbcUrls;
import java.nio.file.Files;
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
        String url = JdbcUrls.withRequiredOptions(config.databaseUrl());
        if (H2File.of(url).map(db -> !Files.exists(db.dataFile())).orElse(false)) {
            throw noDatabase(config);
        }
        return open(config, ";IFEXISTS=TRUE");
    }

    /** Opens the database, creating it when it does not exist yet. */
    static Connection createIfMissing(Config config) {
        return open(config, "");
    }

    private static IllegalArgumentException noDatabase(Config config) {
        return new IllegalArgumentException("There is no database at " + config.databaseUrl() + ". Check DATABASE_URL.");
    }

    private static Connection open(Config config, String extra) {
        String url = JdbcUrls.withRequiredOptions(config.databaseUrl());
        try {
            String password = FileDatabases.prepare(url, config.databaseUser(), config.databasePassword());
            Connection c = DriverManager.getConnection(url + extra, config.databaseUser(), password);
            FileDatabases.opened(url);
            return c;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_1) {
                throw noDatabase(config);
            }
            throw new IllegalArgumentException("Cannot open the database at " + config.databaseUrl() + ": "
                    + e.getMessage());
        }
    }
}
