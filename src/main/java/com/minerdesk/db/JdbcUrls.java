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
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(url);
        required.forEach((key, value) -> {
            if (!upper.contains(";" + key + "=")) {
                sb.append(';').append(key).append('=').append(value);
            }
        });
        return sb.toString();
    }
}
