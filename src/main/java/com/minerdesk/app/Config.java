package com.minerdesk.app;

import com.minerdesk.fetch.FetchSchedule;
import com.minerdesk.filings.EdgarSettings;
import com.minerdesk.prices.PricesSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings read from environment variables. A malformed value stops start-up with one line
 * naming the variable ({@link ConfigException}).
 */
public record Config(
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String baseUrl,
        boolean demoData,
        ZoneId timeZone,
        boolean pageCache,
        String adminEmail,
        String adminPassword,
        String trustedProxies,
        boolean devTemplates,
        String imageHosts,
        FetchSchedule fetchSchedule,
        EdgarSettings edgar,
        PricesSettings prices) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    public static final String DEFAULT_H2_URL = "jdbc:h2:file:" + Path.of("data", "minerdesk").toAbsolutePath();

    public static Config fromEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        // mvn exec:java runs in Maven's JVM, where the pom can set a system property but not the environment
        String dev = System.getProperty("DEV_TEMPLATES");
        if (dev != null) {
            env.putIfAbsent("DEV_TEMPLATES", dev);
        }
        return from(env);
    }

    public static Config from(Map<String, String> env) {
        int port = intValue(env, "PORT", 7070, 0, 65535);
        String dbUrl = text(env, "DATABASE_URL", DEFAULT_H2_URL);
        if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("DATABASE_URL must start with jdbc:h2: or jdbc:postgresql:, got '" + dbUrl + "'");
        }
        String user = text(env, "DATABASE_USER", dbUrl.startsWith("jdbc:h2:") ? "sa" : "");
        String password = text(env, "DATABASE_PASSWORD", "");
        String baseUrl = baseUrl(env, port);
        boolean demo = bool(env, "DEMO_DATA", true);
        ZoneId zone = zone(env);
        boolean pageCache = onOff(env, "PAGE_CACHE", true);
        String adminEmail = text(env, "ADMIN_EMAIL", "");
        String adminPassword = text(env, "ADMIN_PASSWORD", "");
        if (adminEmail.isEmpty() != adminPassword.isEmpty()) {
            throw new ConfigException("ADMIN_EMAIL and ADMIN_PASSWORD must be set together");
        }
        String proxies = text(env, "TRUSTED_PROXIES", "");
        EdgarSettings edgar = EdgarSettings.from(env);
        PricesSettings prices = PricesSettings.from(env);
        FetchSchedule schedule = fetchSchedule(env, edgar, prices);
        return new Config(port, dbUrl, user, password, baseUrl, demo, zone, pageCache,
                adminEmail, adminPassword, proxies, bool(env, "DEV_TEMPLATES", false), imageHosts(env), schedule, edgar, prices);
    }

    public boolean isPostgres() {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }

    public boolean httpsBaseUrl() {
        return baseUrl.startsWith("https://");
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, databaseUser, databasePassword, baseUrl, demoData, timeZone,
                pageCache, adminEmail, adminPassword, trustedProxies, devTemplates, imageHosts, fetchSchedule, edgar, prices);
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int intValue(Map<String, String> env, String name, int fallback, int min, int max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", got '" + v + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got '" + v + "'");
        }
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase()) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + v + "'");
        };
    }

    private static boolean onOff(Map<String, String> env, String name, boolean fallback) {
        return bool(env, name, fallback);
    }

    private static String baseUrl(Map<String, String> env, int port) {
        String v = text(env, "BASE_URL", "http://localhost:" + port);
        try {
            URI uri = new URI(v);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new ConfigException("BASE_URL must be an absolute http(s) URL such as https://minerdesk.example, got '" + v + "'");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException("BASE_URL is not a valid URL: '" + v + "'");
        }
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** Host names, separated by commas, that write-ups may show images from (over https). */
    private static FetchSchedule fetchSchedule(Map<String, String> env, EdgarSettings edgar, PricesSettings prices) {
        FetchSchedule schedule;
        try {
            schedule = FetchSchedule.parse(env.get("FETCH_SCHEDULE"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        if (schedule.times().containsKey("edgar") && edgar.problem() != null) {
            throw new ConfigException("FETCH_SCHEDULE runs edgar, but " + edgar.problem());
        }
        if (schedule.times().containsKey("prices") && prices.problem() != null) {
            throw new ConfigException("FETCH_SCHEDULE runs prices, but " + prices.problem());
        }
        return schedule;
    }

    private static String imageHosts(Map<String, String> env) {
        String v = text(env, "IMAGE_HOSTS", "");
        for (String host : v.split(",")) {
            if (!host.isBlank() && !HOST.matcher(host.trim()).matches()) {
                throw new ConfigException("IMAGE_HOSTS must be host names separated by commas, such as images.example.com, got '" + v + "'");
            }
        }
        return v;
    }

    private static ZoneId zone(Map<String, String> env) {
        String v = text(env, "TIME_ZONE", "UTC");
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new ConfigException("TIME_ZONE must be a zone id such as UTC or America/New_York, got '" + v + "'");
        }
    }

    /** A configuration error: its message is the one line shown to the operator. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
