package com.minerdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file database is for this user only: a local user who could read the lock file (key and
 * port of the auto-server) or the database file could otherwise sign in as anyone.
 */
class PrivateDataFolderTest {
    @TempDir
    Path dir;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDatabaseGetsAPrivateFolderPrivateFilesAndAGeneratedPassword() throws Exception {
        Path folder = dir.resolve("site/data");
        String url = "jdbc:h2:file:" + folder.resolve("minerdesk");
        try (Database db = Database.open(url, "sa", "")) {
            assertTrue(db.isHealthy());
            assertEquals("rwx------", perms(folder));
            List<String> files;
            try (var list = Files.list(folder)) {
                files = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertTrue(files.containsAll(List.of("minerdesk.lock.db", "minerdesk.mv.db", "minerdesk.password")), files.toString());
            for (String f : files) {
                assertEquals("rw-------", perms(folder.resolve(f)), f);
            }
            // the empty password H2 has by default no longer opens it, not even through the auto-server
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(JdbcUrls.withRequiredOptions(url), "sa", "").close());
            assertEquals(org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD, refused.getErrorCode(), refused.getMessage());
            String password = Files.readString(folder.resolve("minerdesk.password")).strip();
            assertTrue(password.length() >= 32, "a long random password");
            try (Connection c = DriverManager.getConnection(JdbcUrls.withRequiredOptions(url), "sa", password)) {
                assertTrue(c.isValid(1));
            }
        }
        try (Database again = Database.open(url, "sa", "")) {
            assertTrue(again.isHealthy(), "the next start reads the password from its file");
        }
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordGetsOneOnItsNextStart() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("old"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        String url = "jdbc:h2:file:" + folder.resolve("minerdesk");
        DriverManager.getConnection(url + ";DATABASE_TO_LOWER=TRUE", "sa", "").close();
        try (Database db = Database.open(url, "sa", "")) {
            assertTrue(db.isHealthy());
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close());
        assertFalse(Files.exists(folder.resolve("minerdesk.password.new")));
        assertEquals("rw-------", perms(folder.resolve("minerdesk.password")));
    }

    @Test
    void refusesAFolderOtherUsersCanRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:h2:file:" + folder.resolve("minerdesk"), "sa", ""));
        assertTrue(e.getMessage().contains("chmod 700 " + folder), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        try (var list = Files.list(folder)) {
            assertEquals(0, list.count(), "nothing was created in it");
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x---"));
        assertThrows(IllegalArgumentException.class, () -> Database.open("jdbc:h2:file:" + folder.resolve("minerdesk"), "sa", ""),
                "a folder others may enter is refused too: the file names are known");
    }
}
