package com.minerdesk.desk.imports;

import java.time.LocalDate;

/** The key of a daily bar: one company on one date. */
record BarKey(long companyId, LocalDate date) {
}
