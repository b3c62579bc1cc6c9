package com.minerdesk.ledger;

import com.minerdesk.desk.imports.CsvKind;
import com.minerdesk.desk.imports.LineCheck;
import java.time.LocalDate;
import org.jooq.Record;

/**
 * One kind of operating-ledger file the desk imports: its header, how one checked CSV line becomes a
 * row of its V47 table, and that table. The import does the rest (preview of new, restated and
 * unchanged keys, commit through {@link LedgerTable#append} with an import-log entry, the log, and
 * rollback through {@link LedgerTable#rollback}). Register a new kind in {@link LedgerKinds}.
 */
public interface LedgerKind<R extends Record> {

    /** The code (the {@code imports.kind} value), the label and the exact header. */
    CsvKind csv();

    LedgerTable<R> table();

    /**
     * The row of one line, with its key and fact columns set, or null; every problem is reported on
     * {@code line} with its column ({@link LineCheck#error}), and a line with a problem is not imported.
     */
    R read(LineCheck line, LedgerContext context);

    /** The day the row is about (its day, the first day of its month...), for the log's date range. */
    LocalDate day(R row);

    /** How the preview and the log name a row, for example "2025-11-28" or "MARA 2025-10". */
    String subject(R row);
}
