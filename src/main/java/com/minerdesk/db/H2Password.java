package com.minerdesk.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.Base64;

/**
 * The password of an H2 file database, generated at its creation and kept beside it in
 * {@code NAME.password} (0600), unless DATABASE_PASSWORD gives one. Anyone who can reach the database
 * (H2's auto-server port listens on 127.0.0.1 for every local user) must know it. A database made
 * before passwords (empty, as H2's default) gets one the first time the app opens it: the new
 * password is written to {@code NAME.password.new}, set in the database, then moved into place, so
 * a crash in between is finished on the next start.
 */
final class H2Password {
    private static final SecureRandom RANDOM = new SecureRandom();

    private H2Password() {
    }

    static String resolve(H2File db, String url, String user, String configured) {
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        Path file = db.sibling(".password");
        Path pending = db.sibling(".password.new");
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            if (!Files.exists(db.dataFile())) {
                write(file, generate());
                return read(file);
            }
            if (!Files.exists(pending)) {
                write(pending, generate());
            }
            String password = read(pending);
            adopt(url, user, password);
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }

    /** Sets the password in a database that still has the empty one (or already has this one). */
    private static void adopt(String url, String user, String password) {
        if (opens(url, user, password)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, "");
             PreparedStatement s = c.prepareStatement("SET PASSWORD ?")) {
            s.setString(1, password);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalArgumentException("Cannot open the database at " + url + " to give it a password: "
                    + e.getMessage() + " (set DATABASE_PASSWORD if it has one)");
        }
    }

    private static boolean opens(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password)) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
                return false;
            }
            throw new IllegalArgumentException("Cannot open the database at " + url + ": " + e.getMessage());
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String password) throws IOException {
        try (OutputStream out = PrivateFiles.createNew(file)) {
            out.write((password + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
