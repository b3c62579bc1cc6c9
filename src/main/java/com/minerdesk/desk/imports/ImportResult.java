package com.minerdesk.desk.imports;

/** A committed import: its log entry's id and what it changed. */
public record ImportResult(long importId, ImportPlan plan) {
}
