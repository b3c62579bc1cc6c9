package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.MARKET_CHANGES;
import static com.minerdesk.db.generated.Tables.WRITEUP_CHECKS;
import static com.minerdesk.db.generated.Tables.WRITEUP_CHECK_FINDINGS;

import com.minerdesk.db.generated.tables.records.WriteupChecksRecord;
import com.minerdesk.writeups.BodyFinding;
import com.minerdesk.writeups.BodyReport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The stored checks of write-ups: one row per write-up and its findings in order. */
final class CheckStore {
    private static final String ERROR = "error";
    private static final String MISMATCH = "mismatch";
    private static final int MAX_MESSAGE = 1000;
    private static final int MAX_EXCERPT = 400;
    private final DSLContext dsl;

    CheckStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored check: its report and the week it was made for. */
    record Stored(long writeupId, java.time.LocalDate weekEnd, BodyReport report) {
    }

    static void replace(DSLContext tx, long writeupId, java.time.LocalDate weekEnd, BodyReport report,
            String acknowledgedBy, OffsetDateTime now) {
        tx.deleteFrom(WRITEUP_CHECK_FINDINGS).where(WRITEUP_CHECK_FINDINGS.WRITEUP_ID.eq(writeupId)).execute();
        tx.deleteFrom(WRITEUP_CHECKS).where(WRITEUP_CHECKS.WRITEUP_ID.eq(writeupId)).execute();
        tx.insertInto(WRITEUP_CHECKS)
                .set(WRITEUP_CHECKS.WRITEUP_ID, writeupId)
                .set(WRITEUP_CHECKS.TEXT_HASH, report.textHash())
                .set(WRITEUP_CHECKS.WEEK_END, weekEnd)
                .set(WRITEUP_CHECKS.DATA_FINGERPRINT, report.dataFingerprint())
                .set(WRITEUP_CHECKS.ERROR_COUNT, report.errors().size())
                .set(WRITEUP_CHECKS.MISMATCH_COUNT, report.mismatches().size())
                .set(WRITEUP_CHECKS.CHECKED_AT, now)
                .set(WRITEUP_CHECKS.ACKNOWLEDGED_BY, acknowledgedBy)
                .execute();
        int seq = 0;
        for (BodyFinding f : report.errors()) {
            insertFinding(tx, writeupId, seq++, ERROR, f);
        }
        for (BodyFinding f : report.mismatches()) {
            insertFinding(tx, writeupId, seq++, MISMATCH, f);
        }
    }

    private static void insertFinding(DSLContext tx, long writeupId, int seq, String kind, BodyFinding f) {
        tx.insertInto(WRITEUP_CHECK_FINDINGS)
                .set(WRITEUP_CHECK_FINDINGS.WRITEUP_ID, writeupId)
                .set(WRITEUP_CHECK_FINDINGS.SEQ, seq)
                .set(WRITEUP_CHECK_FINDINGS.KIND, kind)
                .set(WRITEUP_CHECK_FINDINGS.LINE_NO, f.line())
                .set(WRITEUP_CHECK_FINDINGS.MESSAGE, cut(f.message(), MAX_MESSAGE))
                .set(WRITEUP_CHECK_FINDINGS.EXCERPT, cut(f.excerpt() == null ? "" : f.excerpt(), MAX_EXCERPT))
                .execute();
    }

    Optional<Stored> find(long writeupId) {
        WriteupChecksRecord row = dsl.selectFrom(WRITEUP_CHECKS).where(WRITEUP_CHECKS.WRITEUP_ID.eq(writeupId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        List<BodyFinding> errors = new ArrayList<>();
        List<BodyFinding> mismatches = new ArrayList<>();
        dsl.selectFrom(WRITEUP_CHECK_FINDINGS).where(WRITEUP_CHECK_FINDINGS.WRITEUP_ID.eq(writeupId))
                .orderBy(WRITEUP_CHECK_FINDINGS.SEQ)
                .forEach(f -> (ERROR.equals(f.getKind()) ? errors : mismatches)
                        .add(new BodyFinding(f.getLineNo(), f.getMessage(), f.getExcerpt())));
        return Optional.of(new Stored(writeupId, row.getWeekEnd(), new BodyReport(List.copyOf(errors), List.copyOf(mismatches),
                row.getTextHash(), row.getDataFingerprint(), row.getCheckedAt(), row.getAcknowledgedBy())));
    }

    /** Checks stored with mismatches, most recent first (their findings are not loaded). */
    List<Stored> withMismatches(int limit) {
        return dsl.selectFrom(WRITEUP_CHECKS).where(WRITEUP_CHECKS.MISMATCH_COUNT.gt(0))
                .orderBy(WRITEUP_CHECKS.CHECKED_AT.desc(), WRITEUP_CHECKS.WRITEUP_ID.desc())
                .limit(limit)
                .fetch(r -> new Stored(r.getWriteupId(), r.getWeekEnd(), new BodyReport(List.of(),
                        placeholders(r.getMismatchCount()), r.getTextHash(), r.getDataFingerprint(), r.getCheckedAt(),
                        r.getAcknowledgedBy())));
    }

    /**
     * Checks stored without mismatches that a later change of market data may have made wrong: a desk
     * write after the check touched the write-up's week or the week before it (changes are measured
     * against the previous close), most recent first.
     */
    List<Stored> cleanButStale(int limit) {
        var c = WRITEUP_CHECKS;
        var m = MARKET_CHANGES;
        return dsl.selectFrom(c).where(c.MISMATCH_COUNT.eq(0)).and(c.WEEK_END.isNotNull())
                .andExists(DSL.selectOne().from(m)
                        .where(m.CHANGED_AT.gt(c.CHECKED_AT))
                        .and(m.FIRST_DATE.le(c.WEEK_END))
                        .and(m.LAST_DATE.ge(DSL.localDateSub(c.WEEK_END, DSL.inline(13), org.jooq.DatePart.DAY))))
                .orderBy(c.CHECKED_AT.desc(), c.WRITEUP_ID.desc())
                .limit(limit)
                .fetch(r -> new Stored(r.getWriteupId(), r.getWeekEnd(), new BodyReport(List.of(), List.of(),
                        r.getTextHash(), r.getDataFingerprint(), r.getCheckedAt(), r.getAcknowledgedBy())));
    }

    /** Stands for findings that were counted but not loaded. */
    private static List<BodyFinding> placeholders(int n) {
        List<BodyFinding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new BodyFinding(0, "", ""));
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
