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

    /** The command ran and did not succeed: Main prints the message as one line (exit 1). */
    final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }
}
