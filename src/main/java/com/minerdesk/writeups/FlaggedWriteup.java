package com.minerdesk.writeups;

/** A write-up whose text disagrees with the data, for the editor's dashboard. */
public record FlaggedWriteup(EditorItem item, int mismatches, String acknowledgedBy) {
}
