package com.minerdesk.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password policy (12+ characters, at most 72 bytes in UTF-8, not a common password) and bcrypt
 * hashing. Every check costs one bcrypt verification, whether the account exists or not, so that
 * the time of an answer does not tell which e-mails have accounts.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut or refused by the library. */
    static final int MAX_BYTES = 72;
    private static final int COST = 11;
    private static final Set<String> COMMON = loadCommon();

    private Passwords() {
    }

    /** Why the password is not acceptable, or empty when it is. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (utf8Length(password) > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes: 72 plain letters or digits, fewer with accents or symbols.");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("That password is on the list of common passwords; choose another.");
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /**
     * True when the password matches the hash. A missing hash (no such account) or an over-long
     * password is checked against a dummy hash, so that it costs the same time and is simply wrong.
     */
    public static boolean matches(String password, String hash) {
        boolean usable = password != null && hash != null && utf8Length(password) <= MAX_BYTES;
        String checked = usable ? password : "not-the-password";
        boolean verified = BCrypt.verifyer().verify(checked.toCharArray(), usable ? hash : Dummy.HASH).verified;
        return usable && verified;
    }

    static int utf8Length(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Made on first use: the first failed sign-in for an unknown e-mail pays for it once. */
    private static final class Dummy {
        static final String HASH = hash(Tokens.random());
    }

    private static Set<String> loadCommon() {
        try (InputStream in = Passwords.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
