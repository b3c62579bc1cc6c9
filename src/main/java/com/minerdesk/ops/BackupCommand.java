package com.minerdesk.ops;

import com.minerdesk.app.Config;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code backup --to FILE}: a consistent copy of the H2 database taken while the app may be
 * running. The file appears only once complete, under its final name.
 */
public final class BackupCommand {
    private BackupCommand() {
    }

    public static void run(Config config, String[] args, PrintStream out) {
        H2Connections.refusePostgres(config);
        Path to = CommandArgs.parse("backup", args, "--to").requiredPath("--to");
        if (Files.exists(to)) {
            throw new IllegalArgumentException("backup: " + to + " already exists; a backup never overwrites a file. "
                    + "Choose a new name, for example minerdesk-$(date +%F-%H%M).zip.");
        }
        if (to.getParent() != null && !Files.isDirectory(to.getParent())) {
            throw new IllegalArgumentException("backup: the folder " + to.getParent() + " does not exist.");
        }
        Path part = to.resolveSibling(to.getFileName() + ".part");
        if (Files.exists(part, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("backup: " + part + " exists: another backup to " + to + " is running, or one "
                    + "was interrupted. If none is running, remove it and try again.");
        }
        long started = System.nanoTime();
        try (Connection c = H2Connections.existing(config)) {
            BackupFile.Summary summary = BackupFile.write(c, part);
            BackupFile.sync(part);
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Backed up %s to %s: %d statements, content version %d, %d KB, %d ms.%n",
                    config.databaseUrl(), to, summary.statements(), summary.contentVersion(),
                    Files.size(to) / 1024, (System.nanoTime() - started) / 1_000_000);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("backup: " + part + " appeared meanwhile: another backup to " + to + " is running.");
        } catch (SQLException | IOException | org.jooq.exception.DataAccessException e) {
            deleteQuietly(part);
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to clean up
        }
    }
}
