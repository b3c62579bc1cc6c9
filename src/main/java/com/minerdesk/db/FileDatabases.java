package com.minerdesk.db;

/**
 * What every process does before it opens an H2 file database (the server, {@code backup},
 * {@code restore}, the other commands): a private data folder, the commits a killed process left
 * unreachable, the database password. Returns the password to open it with.
 */
public final class FileDatabases {
    private FileDatabases() {
    }

    /** @param url the JDBC URL with the app's options ({@link JdbcUrls#withRequiredOptions}) */
    public static String prepare(String url, String user, String password) {
        H2File db = H2File.of(url).orElse(null);
        if (db == null) {
            return password;
        }
        PrivateFiles.requirePrivateFolder(db.folder());
        UncleanShutdownRecovery.recoverIfNeeded(db);
        String effective = H2Password.resolve(db, url, user, password);
        PrivateFiles.restrictFiles(db.folder(), db.base().getFileName() + ".");
        return effective;
    }

    /** After H2 has opened the file (and made its lock file): only this user may read them. */
    public static void opened(String url) {
        H2File.of(url).ifPresent(db -> PrivateFiles.restrictFiles(db.folder(), db.base().getFileName() + "."));
    }
}
