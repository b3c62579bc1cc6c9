package com.minerdesk.db;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a JDBC URL keeps the data, in words for the start-up message: the H2 file, or the
 * PostgreSQL host and database. Never a password: URL parameters (where one may be) are left out.
 */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    public static String describe(String url, String user) {
        if (url.startsWith("jdbc:h2:")) {
            return h2(url.substring("jdbc:h2:".length()));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return postgres(url.substring("jdbc:postgresql:".length()), user);
        }
        return "database " + before(url, '?');
    }

    private static String h2(String rest) {
        String name = before(rest, ';');
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")) {
            return "H2 in memory (" + name + "), gone when the app stops";
        }
        if (!JdbcUrls.isEmbeddedFile("jdbc:h2:" + name)) {
            return "H2 " + name;
        }
        String path = lower.startsWith("file:") ? name.substring("file:".length()) : name;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return "H2 database " + Path.of(path + ".mv.db").toAbsolutePath().normalize();
    }

    private static String postgres(String rest, String user) {
        String target = before(rest, '?');
        String host = "localhost";
        String database = target;
        if (target.startsWith("//")) {
            String hostAndDb = target.substring(2);
            int slash = hostAndDb.indexOf('/');
            host = slash < 0 ? hostAndDb : hostAndDb.substring(0, slash);
            database = slash < 0 ? "" : hostAndDb.substring(slash + 1);
            host = host.substring(host.lastIndexOf('@') + 1);
        }
        return "PostgreSQL database " + (database.isEmpty() ? "(the user's default)" : database) + " on " + host
                + (user.isEmpty() ? "" : " as user " + user);
    }

    private static String before(String text, char end) {
        int i = text.indexOf(end);
        return i < 0 ? text : text.substring(0, i);
    }
}
