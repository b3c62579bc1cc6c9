package com.minerdesk.synthetic;

import java.io.PrintStream;

/** One progress line, rewritten in place: "daily bars 120,000 / 260,000 (46 %)". */
final class Progress {
    private final PrintStream out;
    private final long started = System.nanoTime();
    private static final long SHOW_EVERY_NANOS = 500_000_000L;
    private String lastLine = "";
    private long shownAt;

    Progress(PrintStream out) {
        this.out = out;
    }

    static Progress silent() {
        return new Progress(null);
    }

    void step(String what, long done, long total) {
        if (out == null || done < total && System.nanoTime() - shownAt < SHOW_EVERY_NANOS) {
            return;
        }
        shownAt = System.nanoTime();
        String line = String.format("synthetic: %s %,d / %,d (%d %%) %.1f s", what, done, total,
                total == 0 ? 100 : done * 100 / total, seconds());
        out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
        out.flush();
        lastLine = line;
    }

    void done(String summary) {
        if (out == null) {
            return;
        }
        out.println("\r" + String.format("synthetic: %s in %.1f s", summary, seconds())
                + " ".repeat(Math.max(0, lastLine.length() - summary.length())));
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
