package com.minerdesk.desk.imports;

import java.time.LocalDate;
import java.util.List;

/** How many of the listed companies have a bar on one date, and which ones do not. */
public record DateCoverage(LocalDate date, int covered, int listed, List<String> missing) {

    public boolean complete() {
        return covered == listed;
    }
}
