package com.minerdesk.ops;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.PIVOT_EVENTS;
import static com.minerdesk.db.generated.Tables.SITE_STATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    static final List<String> PAGES = List.of("/", "/weeks", "/weeks/2025-11-28", "/weeks/2025-11-21", "/companies",
            "/companies/APLD", "/companies/CORZ", "/economics", "/pivots", "/pivots?kind=lease");

    @TempDir
    Path dir;

    private static Config h2(String url) {
        return Config.from(Map.of("DATABASE_URL", url, "BASE_URL", "http://minerdesk.test"));
    }


    private static String backup(Config config, Path to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCommand.run(config, new String[] {"--to", to.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String restore(Config config, Path from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RestoreCommand.run(config, new String[] {"--from=" + from}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRestoredBackupServesTheSamePagesAndTakesNewWrites() {
        Path file = dir.resolve("site.zip");
        try (TestApp original = TestApp.withDemoData()) {
            String said = backup(original.config, file);
            assertTrue(said.contains("Backed up") && said.contains(file.toString()), said);
            assertTrue(Files.exists(file));
            String restoredUrl = "jdbc:h2:mem:restored-" + UUID.randomUUID();
            String restoredSaid = restore(h2(restoredUrl), file);
            assertTrue(restoredSaid.contains("Restored"), restoredSaid);
            try (TestApp restored = TestApp.start(Map.of("DATABASE_URL", restoredUrl), false)) {
                for (String page : PAGES) {
                    var before = original.get(page);
                    var after = restored.get(page);
                    assertEquals(200, before.statusCode(), page);
                    assertEquals(before.body(), after.body(), page + " differs after restore");
                }
                long pivots = restored.db.dsl().fetchCount(PIVOT_EVENTS);
                Long company = restored.db.dsl().select(COMPANIES.ID).from(COMPANIES).limit(1).fetchOne(COMPANIES.ID);
                restored.db.writeVoid(tx -> insertPivot(tx, company, "after restore"));
                assertEquals(pivots + 1, restored.db.dsl().fetchCount(PIVOT_EVENTS),
                        "identity counters survive, so new rows never clash with restored ones");
            }
        }
    }

    @Test
    void anUploadedImageComesBackFromARestoredBackupByteForByte() throws Exception {
        Path file = dir.resolve("images.zip");
        try (TestApp original = TestApp.withDemoData()) {
            com.minerdesk.testing.Browser editor = original.editor();
            long id = com.minerdesk.writeups.Writeups.create(editor, com.minerdesk.writeups.Writeups.form("Backed-up picture", "Text.", "draft"));
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(90, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            assertEquals(303, editor.postMultipart("/editor/writeups/" + id + "/images", Map.of("alt", "A black square"),
                    "file", "square.png", png.toByteArray()).statusCode());
            String path = org.jsoup.Jsoup.parse(editor.get("/editor/writeups/" + id + "/images").body())
                    .selectFirst("ul.image-list img").attr("src");
            byte[] before = bytes(original, path);
            backup(original.config, file);
            String restoredUrl = "jdbc:h2:mem:restored-" + UUID.randomUUID();
            assertTrue(restore(h2(restoredUrl), file).contains("Restored"));
            try (TestApp restored = TestApp.start(Map.of("DATABASE_URL", restoredUrl), false)) {
                assertTrue(java.util.Arrays.equals(before, bytes(restored, path)), "the same bytes at the same address");
            }
        }
    }

    private static byte[] bytes(TestApp app, String path) throws Exception {
        var r = app.client().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void aBackupTakenDuringWritesIsOneConsistentInstant() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("live").toAbsolutePath();
        Path file = dir.resolve("during-writes.zip");
        try (Database db = Database.open(url, "sa", "")) {
            DemoData.loadIfEmpty(db);
            Long company = db.dsl().select(COMPANIES.ID).from(COMPANIES).limit(1).fetchOne(COMPANIES.ID);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    db.writeVoid(tx -> insertPivot(tx, company, "write " + writes.get()));
                    writes.incrementAndGet();
                }
            });
            writer.start();
            while (writes.get() < 200) {
                Thread.sleep(10);
            }
            backup(h2(url), file);
            stop.set(true);
            writer.join();
            // on a busy machine the writer may not get a turn while the backup runs; the consistency checks below hold either way
            long baseVersion;
            long basePivots;
            try (Database fresh = Database.open("jdbc:h2:mem:base-" + UUID.randomUUID(), "sa", "")) {
                DemoData.loadIfEmpty(fresh);
                baseVersion = fresh.dsl().fetchValue(SITE_STATE.CONTENT_VERSION);
                basePivots = fresh.dsl().fetchCount(PIVOT_EVENTS);
            }
            String restoredUrl = "jdbc:h2:mem:consistent-" + UUID.randomUUID();
            restore(h2(restoredUrl), file);
            try (Database restored = Database.open(restoredUrl, "sa", "")) {
                long version = restored.dsl().fetchValue(SITE_STATE.CONTENT_VERSION);
                long pivots = restored.dsl().fetchCount(PIVOT_EVENTS);
                assertTrue(pivots > basePivots, "the backup holds some of the concurrent writes");
                assertEquals(version - baseVersion, pivots - basePivots,
                        "every write in the backup bumped the content version in the same transaction");
            }
        }
    }

    @Test
    void restoreRefusesADatabaseThatIsNotEmpty() {
        Path file = dir.resolve("site.zip");
        try (TestApp app = TestApp.withDemoData()) {
            backup(app.config, file);
            long version = app.db.dsl().fetchValue(SITE_STATE.CONTENT_VERSION);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> restore(app.config, file));
            assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("companies"), e.getMessage());
            assertEquals(version, app.db.dsl().fetchValue(SITE_STATE.CONTENT_VERSION), "nothing changed");
        }
    }

    @Test
    void backupNeverOverwritesAndRestoreTakesOnlyBackups() throws Exception {
        try (TestApp app = TestApp.withDemoData()) {
            Path existing = Files.writeString(dir.resolve("taken.zip"), "keep me");
            IllegalArgumentException overwrite = assertThrows(IllegalArgumentException.class,
                    () -> backup(app.config, existing));
            assertTrue(overwrite.getMessage().contains("already exists"), overwrite.getMessage());
            assertEquals("keep me", Files.readString(existing));

            Config empty = h2("jdbc:h2:mem:empty-" + UUID.randomUUID());
            IllegalArgumentException notBackup = assertThrows(IllegalArgumentException.class, () -> restore(empty, existing));
            assertTrue(notBackup.getMessage().contains("not a Minerdesk backup"), notBackup.getMessage());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> restore(empty, dir.resolve("nowhere.zip")));
            assertTrue(missing.getMessage().contains("cannot read"), missing.getMessage());
            IllegalArgumentException usage = assertThrows(IllegalArgumentException.class,
                    () -> BackupCommand.run(app.config, new String[0], System.out));
            assertTrue(usage.getMessage().contains("--to FILE"), usage.getMessage());
            IllegalArgumentException noDatabase = assertThrows(IllegalArgumentException.class,
                    () -> backup(h2("jdbc:h2:file:" + dir.resolve("no-such-db")), dir.resolve("x.zip")));
            assertTrue(noDatabase.getMessage().contains("no database"), noDatabase.getMessage());
            assertFalse(Files.exists(dir.resolve("no-such-db.mv.db")), "backup never creates a database");
        }
    }

    @Test
    void aBackupIsReadableByItsOwnerOnlyAndAnInterruptedOneIsNeverDeleted() throws Exception {
        try (TestApp app = TestApp.withDemoData()) {
            Path file = dir.resolve("private.zip");
            backup(app.config, file);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "it holds password hashes and sessions");

            Path target = dir.resolve("again.zip");
            Path part = Files.writeString(dir.resolve("again.zip.part"), "another backup writing");
            IllegalArgumentException running = assertThrows(IllegalArgumentException.class, () -> backup(app.config, target));
            assertTrue(running.getMessage().contains(part.toString()) && running.getMessage().contains("remove it"),
                    running.getMessage());
            assertEquals("another backup writing", Files.readString(part), "left alone");
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void restoreRunsNothingFromAHandMadeFile() throws Exception {
        Path written = dir.resolve("written-by-restore.txt");
        String fileWrite = "CALL FILE_WRITE(STRINGTOUTF8('owned'), '" + written + "');\n";
        String alias = "CREATE ALIAS RUN_IT AS $$ String run(String f) throws Exception { "
                + "java.nio.file.Files.writeString(java.nio.file.Path.of(f), \"owned\"); return f; } $$;\n"
                + "CALL RUN_IT('" + written + "');\n";
        String table = "CREATE CACHED TABLE \"public\".\"t\"(\"id\" INTEGER);\n";
        List<String> scripts = List.of(table + fileWrite, alias + table,
                table + "INSERT INTO \"public\".\"t\" VALUES (FILE_WRITE(STRINGTOUTF8('x'), '" + written + "'));\n",
                table + "INSERT INTO \"public\".\"t\" VALUES (\"FILE_WRITE\"(STRINGTOUTF8('x'), '" + written + "'));\n",
                "CREATE CACHED TABLE \"public\".\"d\"(\"id\" INTEGER DEFAULT CSVWRITE('" + written + "', 'SELECT 1'));\n",
                "CREATE CACHED TABLE \"public\".\"e\"(\"id\" INTEGER) ENGINE \"org.h2.SomeEngine\";\n",
                table + "INSERT INTO \"public\".\"t\" SELECT 1;\n",
                "CREATE USER \"EVE\" PASSWORD 'x' ADMIN;\n");
        for (String script : scripts) {
            Path file = zip("hand-made.zip", "-- H2 2.5.252;\n" + script);
            String url = "jdbc:h2:file:" + dir.resolve("target/restored");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> restore(h2(url), file), script);
            assertTrue(e.getMessage().contains("not a Minerdesk backup") && e.getMessage().contains("Nothing was restored"),
                    e.getMessage());
            assertFalse(Files.exists(written), "nothing ran: " + script);
            assertFalse(Files.exists(dir.resolve("target/restored.mv.db")), "no database was even created: " + script);
            Files.delete(file);
        }
    }

    @Test
    void aHugeLineIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = dir.resolve("huge-line.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(BackupFile.ENTRY));
            zip.write("-- H2 2.5.252;\nINSERT INTO \"public\".\"t\" VALUES ('".getBytes(StandardCharsets.UTF_8));
            byte[] mib = new byte[1 << 20];
            java.util.Arrays.fill(mib, (byte) 'x');
            for (int i = 0; i < 1024; i++) {
                zip.write(mib);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 8 << 20, "a small file: " + Files.size(file));
        Config empty = h2("jdbc:h2:mem:huge-" + UUID.randomUUID());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> restore(empty, file));
        assertTrue(e.getMessage().contains("longer than 16 MiB"), e.getMessage());
    }

    private Path zip(String name, String script) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(BackupFile.ENTRY));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void postgresIsPointedToItsOwnTools() {
        Config pg = Config.from(Map.of("DATABASE_URL", "jdbc:postgresql://localhost/minerdesk"));
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                () -> BackupCommand.run(pg, new String[] {"--to", "x.zip"}, System.out));
        assertTrue(b.getMessage().contains("pg_dump"), b.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> RestoreCommand.run(pg, new String[] {"--from", "x.zip"}, System.out));
        assertTrue(r.getMessage().contains("pg_restore"), r.getMessage());
    }

    private static void insertPivot(org.jooq.DSLContext tx, Long company, String summary) {
        tx.insertInto(PIVOT_EVENTS)
                .set(PIVOT_EVENTS.COMPANY_ID, company)
                .set(PIVOT_EVENTS.EVENT_DATE, LocalDate.of(2025, 11, 27))
                .set(PIVOT_EVENTS.COUNTERPARTY, "Test counterparty")
                .set(PIVOT_EVENTS.KIND, "other")
                .set(PIVOT_EVENTS.SUMMARY, summary)
                .set(PIVOT_EVENTS.SOURCE_NAME, "test")
                .set(PIVOT_EVENTS.SOURCE_URL, "https://example.com/")
                .execute();
    }
}
