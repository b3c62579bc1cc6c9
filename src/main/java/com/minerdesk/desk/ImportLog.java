package com.minerdesk.desk;

import static com.minerdesk.db.generated.Tables.IMPORTS;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The log of committed imports: written in the import's own transaction, listed newest first. */
final class ImportLog {
    private ImportLog() {
    }

    static long record(DSLContext tx, OffsetDateTime at, ImportActor actor, String fileName, ImportPlan plan, int warnings) {
        return tx.insertInto(IMPORTS)
                .set(IMPORTS.IMPORTED_AT, at)
                .set(IMPORTS.USER_ID, actor.userId())
                .set(IMPORTS.USER_NAME, actor.name())
                .set(IMPORTS.FILE_NAME, fileName)
                .set(IMPORTS.KIND, plan.kind().code())
                .set(IMPORTS.ROWS_TOTAL, plan.rows())
                .set(IMPORTS.ROWS_NEW, plan.added())
                .set(IMPORTS.ROWS_CHANGED, plan.changed())
                .set(IMPORTS.ROWS_UNCHANGED, plan.unchanged())
                .set(IMPORTS.WARNINGS, warnings)
                .set(IMPORTS.FIRST_DATE, plan.firstDate())
                .set(IMPORTS.LAST_DATE, plan.lastDate())
                .returning(IMPORTS.ID)
                .fetchOne(IMPORTS.ID);
    }

    static List<ImportEntry> latest(DSLContext dsl, int limit) {
        return dsl.selectFrom(IMPORTS).orderBy(IMPORTS.IMPORTED_AT.desc(), IMPORTS.ID.desc()).limit(limit)
                .fetch(r -> new ImportEntry(r.getId(), r.getImportedAt(), r.getUserName(), r.getFileName(), r.getKind(),
                        r.getRowsTotal(), r.getRowsNew(), r.getRowsChanged(), r.getRowsUnchanged(), r.getWarnings(),
                        r.getFirstDate(), r.getLastDate()));
    }
}
