package com.minerdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void h2FileIsTheMvDbFileWithoutOptions() {
        assertEquals("H2 database /srv/data/minerdesk.mv.db",
                DatabaseLocation.describe("jdbc:h2:file:/srv/data/minerdesk;WRITE_DELAY=0;PASSWORD=x", "sa"));
        assertEquals("H2 database /srv/data/minerdesk.mv.db", DatabaseLocation.describe("jdbc:h2:/srv/data/minerdesk", "sa"));
        assertEquals("H2 database " + Path.of("data/minerdesk.mv.db").toAbsolutePath(),
                DatabaseLocation.describe("jdbc:h2:./data/minerdesk", "sa"));
        assertEquals("H2 database " + Path.of(System.getProperty("user.home"), "md.mv.db"),
                DatabaseLocation.describe("jdbc:h2:~/md", "sa"));
    }

    @Test
    void h2InMemoryOrOverTcp() {
        assertEquals("H2 in memory (mem:site), gone when the app stops",
                DatabaseLocation.describe("jdbc:h2:mem:site;DB_CLOSE_DELAY=-1", "sa"));
        assertEquals("H2 tcp://db.internal:9092/minerdesk",
                DatabaseLocation.describe("jdbc:h2:tcp://db.internal:9092/minerdesk;PASSWORD=x", "sa"));
    }

    @Test
    void postgresqlNamesHostDatabaseAndUserButNoParameter() {
        assertEquals("PostgreSQL database minerdesk on db:5432 as user desk",
                DatabaseLocation.describe("jdbc:postgresql://db:5432/minerdesk?user=desk&password=secret", "desk"));
        assertEquals("PostgreSQL database minerdesk on localhost",
                DatabaseLocation.describe("jdbc:postgresql:minerdesk", ""));
        assertEquals("PostgreSQL database (the user's default) on a,b:5433 as user desk",
                DatabaseLocation.describe("jdbc:postgresql://a,b:5433/", "desk"));
    }
}
