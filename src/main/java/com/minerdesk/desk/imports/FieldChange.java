package com.minerdesk.desk.imports;

/** One value of a row or a weekly figure, before and after an import; {@code before} is null for a new one. */
public record FieldChange(String name, String before, String after) {
}
