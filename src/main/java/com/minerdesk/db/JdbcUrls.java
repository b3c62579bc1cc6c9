package com.minerdesk.db;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.SQLDialect;

/** Chooses the dialect from a JDBC URL and adds the H2 options the app relies on. */
public final class JdbcUrls {
    private JdbcUrls() {
    }

    public static SQLDialect dialect(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("Unsupported JDBC URL: " + url);
    }

    /**
     * H2 must fold names to lower case like PostgreSQL (the generated jOOQ code quotes lower-case
     * names), sort NULLs like PostgreSQL, and write each commit before acknowledging it
     * (WRITE_DELAY=0; the default delays by up to 500 ms). Options the user already gave win.
     * An H2 file also runs in auto-server mode, so that {@code backup} in a second process reaches
     * the running app's database (H2 routes it over a loopback-only port).
     */
    public static String withRequiredOptions(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        Map<String, String> required = new LinkedHashMap<>();
        required.put("DATABASE_TO_LOWER", "TRUE");
        required.put("DEFAULT_NULL_ORDERING", "HIGH");
        if (url.startsWith("jdbc:h2:mem:")) {
            required.put("DB_CLOSE_DELAY", "-1");
        } else {
            required.put("WRITE_DELAY", "0");
        }
        if (isEmbeddedFile(url)) {
            required.put("AUTO_SERVER", "TRUE");
            if (System.getProperty("h2.bindAddress") == null) {
                // H2 would otherwise open the auto-server port on every network interface.
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(url);
        required.forEach((key, value) -> {
            if (!upper.contains(";" + key + "=")) {
                sb.append(';').append(key).append('=').append(value);
            }
        });
        return sb.toString();
    }

    /** An H2 database in a file opened by this process (not in memory, not over TCP). */
    static boolean isEmbeddedFile(String url) {
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:") && !rest.startsWith("zip:");
    }
}
