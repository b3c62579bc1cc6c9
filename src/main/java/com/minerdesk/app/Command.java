package com.minerdesk.app;

import java.io.PrintStream;

/**
 * A command of {@code java -jar minerdesk.jar NAME [options]}: it reads the same environment as the
 * server ({@link Config}), its own options, and reports to {@code out}. A bad option is an
 * {@link IllegalArgumentException} whose message Main prints as one line (exit 2).
 */
@FunctionalInterface
public interface Command {
    void run(Config config, String[] args, PrintStream out);
}
