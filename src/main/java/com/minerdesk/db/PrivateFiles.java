package com.minerdesk.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only this user may read: the data folder (0700) and what is in it (0600), backups. The
 * database holds password hashes and sessions, and H2's lock file holds the key that lets a process
 * join the running database. On a file system without POSIX permissions nothing is checked.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder 0700 when missing; refuses one that other users may enter or read. */
    public static void requirePrivateFolder(Path folder) {
        try {
            if (!Files.exists(folder)) {
                if (posix(folder)) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
                return;
            }
            if (!posix(folder)) {
                return;
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder);
            if (perms.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException("The data folder " + folder + " is open to other users ("
                        + PosixFilePermissions.toString(perms) + "), and it holds the database and the keys to it: run 'chmod 700 "
                        + folder + "', or give the database a folder of its own (DATABASE_URL=jdbc:h2:file:/path/to/folder/minerdesk).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + folder, e);
        }
    }

    /** Makes every file in the folder whose name starts with {@code prefix} readable by this user only. */
    public static void restrictFiles(Path folder, String prefix) {
        if (!posix(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)) {
                    Files.setPosixFilePermissions(f, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files in " + folder, e);
        }
    }

    /** Creates a new file, 0600 from the first byte (never wider, whatever the umask); fails when it exists. */
    public static OutputStream createNew(Path file) throws IOException {
        FileAttribute<?>[] ownerOnly = posix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly));
    }

    /** Whether a file has group or other permissions. */
    public static boolean openToOthers(Path file) throws IOException {
        return posix(file) && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains);
    }

    private static boolean posix(Path anyPath) {
        return anyPath.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
