package com.minerdesk.desk.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * How one week's computed figures of the sector or of one company would change: each figure
 * before → after, as the market queries compute them over the data with and without the import.
 */
public record WeeklyEffect(String subject, LocalDate weekEnd, boolean newWeek, List<FieldChange> changes) {
}
