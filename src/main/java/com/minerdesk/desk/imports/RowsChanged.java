package com.minerdesk.desk.imports;

import java.time.LocalDate;

/**
 * What one log entry did to the rows of one company (or to the sector metrics): how many it added
 * and how many existed before (replaced, or deleted by a deletion), between two dates.
 */
public record RowsChanged(String subject, int added, int existed, LocalDate firstDate, LocalDate lastDate) {

    RowsChanged plus(RowsChanged o) {
        return new RowsChanged(subject, added + o.added, existed + o.existed,
                firstDate.isBefore(o.firstDate) ? firstDate : o.firstDate,
                lastDate.isAfter(o.lastDate) ? lastDate : o.lastDate);
    }
}
