package com.minerdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The newest modification time of the templates and static files when they are read from disk
 * (run from the repository), so that cached pages follow an edit within a second as they would
 * without the cache. From the jar they cannot change: the stamp is 0.
 */
final class SourceStamp {
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private final List<Path> dirs;
    private volatile long stamp;
    private volatile long checkedAt;

    SourceStamp(Path projectDir) {
        Path templates = projectDir == null ? null : projectDir.resolve("templates");
        this.dirs = templates != null && Files.isDirectory(templates) ? List.of(templates, projectDir.resolve("static")) : List.of();
        this.checkedAt = System.nanoTime() - RECHECK_NANOS - 1;
    }

    long current() {
        if (dirs.isEmpty()) {
            return 0;
        }
        if (System.nanoTime() - checkedAt > RECHECK_NANOS) {
            stamp = newest();
            checkedAt = System.nanoTime();
        }
        return stamp;
    }

    private long newest() {
        long max = 0;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                max = Math.max(max, files.mapToLong(SourceStamp::modified).max().orElse(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return max;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
