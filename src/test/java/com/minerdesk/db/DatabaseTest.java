package com.minerdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.demo.DemoData;
import com.minerdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void aPlainH2FileUrlWorksAndDemoDataLoadsOnlyIntoAnEmptyDatabase() throws Exception {
        Path dir = Files.createTempDirectory("minerdesk-db");
        String url = "jdbc:h2:file:" + dir.resolve("plain");
        try (Database db = Database.open(url, "sa", "")) {
            assertTrue(DemoData.loadIfEmpty(db));
            assertTrue(db.contentVersion().demoData());
        }
        try (Database again = Database.open(url, "sa", "")) {
            long before = again.contentVersion().current();
            assertEquals(false, DemoData.loadIfEmpty(again), "a non-empty database is never touched");
            assertEquals(before, again.contentVersion().current());
            assertEquals(34, again.dsl().fetchCount(com.minerdesk.db.generated.Tables.COMPANIES));
        }
    }

    @Test
    void everyWriteBumpsTheContentVersion() {
        try (TestApp app = TestApp.empty()) {
            long v = app.db.contentVersion().current();
            app.db.writeVoid(tx -> { });
            assertEquals(v + 1, app.db.contentVersion().current());
        }
    }

    @Test
    void healthAnswers503WhenTheDatabaseIsGone() {
        TestApp app = TestApp.empty();
        try {
            assertEquals(200, app.get("/healthz").statusCode());
            app.db.close();
            var r = app.get("/healthz");
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("unavailable"));
        } finally {
            app.server.stop();
        }
    }
}
