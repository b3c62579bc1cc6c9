package com.minerdesk.ops;

import static com.minerdesk.db.generated.Tables.SITE_STATE;

import com.minerdesk.db.PrivateFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A backup is H2's own SQL script of the whole database (schema, data, sequences, Flyway's
 * history) in a zip, the form H2 recommends for moving data between its versions. Accounts of the
 * database engine are left out: the restored database keeps the credentials it was created with.
 */
final class BackupFile {
    static final String ENTRY = "script.sql";
    /** How H2's SCRIPT starts; only this many bytes are read to recognise one. */
    private static final String HEADER = "-- H2 ";
    private static final List<String> LEFT_OUT = List.of("CREATE USER ", "ALTER USER ", "CREATE ROLE ", "GRANT ");

    private BackupFile() {
    }

    /** What a backup holds, as reported to the operator. */
    record Summary(long statements, long contentVersion) {
    }

    /**
     * Writes the database as it was at one instant. SNAPSHOT isolation makes the whole script
     * read one snapshot; under H2's default READ COMMITTED, tables written meanwhile would come out
     * of step with each other.
     */
    static Summary write(Connection c, Path file) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
        }
        c.setAutoCommit(false);
        try (OutputStream fileOut = PrivateFiles.createNew(file);
             ZipOutputStream zip = new ZipOutputStream(fileOut)) {
            Long contentVersion = DSL.using(c, SQLDialect.H2).select(SITE_STATE.CONTENT_VERSION).from(SITE_STATE)
                    .where(SITE_STATE.ID.eq(1)).fetchOne(SITE_STATE.CONTENT_VERSION);
            zip.putNextEntry(new ZipEntry(ENTRY));
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            long statements = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOSETTINGS")) {
                while (rs.next()) {
                    String sql = rs.getString(1);
                    if (LEFT_OUT.stream().noneMatch(sql::startsWith)) {
                        // A backup of an in-memory database still restores into disk-backed tables.
                        out.write(sql.replaceFirst("^CREATE MEMORY TABLE ", "CREATE CACHED TABLE "));
                        out.write(";\n");
                        statements++;
                    }
                }
            }
            out.flush();
            zip.closeEntry();
            zip.finish();
            c.commit();
            return new Summary(statements, contentVersion == null ? 0 : contentVersion);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Forces the file to disk, so a backup reported as made survives a power cut. */
    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Checks that a file is a backup made by {@code backup --to}, reading all of it and running
     * nothing; a clear message otherwise.
     */
    static void check(Path file) {
        forEachStatement(file, sql -> { });
    }

    /** The checked statements of a backup, in order; refuses the file at its first foreign statement. */
    static void forEachStatement(Path file, BackupStatements.Each each) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("restore: cannot read " + file + ".");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null || zip.size() != 1) {
                throw notABackup(file, "it does not hold just " + ENTRY);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] head = in.readNBytes(HEADER.length());
                if (!HEADER.equals(new String(head, StandardCharsets.UTF_8))) {
                    throw notABackup(file, "its script does not start as H2's does");
                }
            }
            try (Reader r = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                BackupStatements.read(r, each);
            }
        } catch (BackupStatements.Refused e) {
            throw notABackup(file, e.getMessage());
        } catch (IOException e) {
            throw notABackup(file, "it is not a readable zip file");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static IllegalArgumentException notABackup(Path file, String why) {
        return new IllegalArgumentException("restore: " + file + " is not a Minerdesk backup "
                + "(one made by 'java -jar minerdesk.jar backup --to FILE'): " + why + ". Nothing was restored.");
    }
}
