package com.minerdesk.desk.imports;

import java.util.List;

/** A line of an uploaded file that adds or changes a stored row, with the values concerned. */
public record RowChange(int line, String subject, List<FieldChange> fields) {
}
