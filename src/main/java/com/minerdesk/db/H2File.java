package com.minerdesk.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 database in a file that this process opens itself (not in memory, not over TCP): where
 * its files are. H2 names them after the path in the URL: {@code NAME.mv.db} for the data and
 * {@code NAME.lock.db} while it is open.
 */
public record H2File(Path base) {

    /** The file database a JDBC URL names, if it names one. */
    public static Optional<H2File> of(String url) {
        if (!url.startsWith("jdbc:h2:") || !JdbcUrls.isEmbeddedFile(url)) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length());
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new H2File(Path.of(path).toAbsolutePath().normalize()));
    }

    public Path folder() {
        return base.getParent();
    }

    public Path dataFile() {
        return sibling(".mv.db");
    }

    /** Present while a process has the database open, and left behind when that process was killed. */
    public Path lockFile() {
        return sibling(".lock.db");
    }

    /** A file of the app's own beside the database, such as {@code NAME.password}. */
    public Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
