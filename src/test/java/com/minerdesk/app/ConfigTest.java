package com.minerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.JdbcUrls;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void defaultsNeedNoEnvironment() {
        Config c = Config.from(Map.of());
        assertEquals(7070, c.port());
        assertTrue(c.databaseUrl().startsWith("jdbc:h2:file:"));
        assertEquals("http://localhost:7070", c.baseUrl());
        assertTrue(c.demoData());
        assertFalse(c.isPostgres());
    }

    @Test
    void malformedValuesNameTheVariable() {
        assertMessage("PORT", Map.of("PORT", "seventy"));
        assertMessage("PORT", Map.of("PORT", "70000"));
        assertMessage("DEMO_DATA", Map.of("DEMO_DATA", "perhaps"));
        assertMessage("DATABASE_URL", Map.of("DATABASE_URL", "mysql://x"));
        assertMessage("BASE_URL", Map.of("BASE_URL", "ftp://example.com"));
        assertMessage("TIME_ZONE", Map.of("TIME_ZONE", "Mars/Olympus"));
        assertMessage("PAGE_CACHE", Map.of("PAGE_CACHE", "sometimes"));
    }

    @Test
    void baseUrlLosesItsTrailingSlashAndHttpsIsDetected() {
        Config c = Config.from(Map.of("BASE_URL", "https://minerdesk.example/"));
        assertEquals("https://minerdesk.example", c.baseUrl());
        assertTrue(c.httpsBaseUrl());
    }

    @Test
    void plainH2UrlsGetTheOptionsTheAppNeeds() {
        String url = JdbcUrls.withRequiredOptions("jdbc:h2:file:/tmp/x");
        assertTrue(url.contains(";DATABASE_TO_LOWER=TRUE"));
        assertTrue(url.contains(";WRITE_DELAY=0"));
        String given = JdbcUrls.withRequiredOptions("jdbc:h2:file:/tmp/x;database_to_lower=TRUE");
        assertEquals(1, given.toUpperCase().split("DATABASE_TO_LOWER").length - 1);
        assertEquals("jdbc:postgresql://db/x", JdbcUrls.withRequiredOptions("jdbc:postgresql://db/x"));
    }

    private static void assertMessage(String variable, Map<String, String> env) {
        Config.ConfigException e = assertThrows(Config.ConfigException.class, () -> Config.from(env));
        assertTrue(e.getMessage().contains(variable), e.getMessage());
    }
}
