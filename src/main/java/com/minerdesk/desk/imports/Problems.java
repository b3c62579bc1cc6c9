package com.minerdesk.desk.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The errors or warnings of a file: every one is counted, the first {@link #KEPT} are kept with
 * their line and column, so a file that is wrong on every line cannot exhaust the memory.
 */
public final class Problems {
    static final int KEPT = 1_000;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    void add(ImportProblem p) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(p);
        }
    }

    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The first {@link #KEPT}, in file order. */
    public List<ImportProblem> listed() {
        return Collections.unmodifiableList(kept);
    }

    public boolean allListed() {
        return count == kept.size();
    }
}
