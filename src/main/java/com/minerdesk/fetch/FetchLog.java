package com.minerdesk.fetch;

import static com.minerdesk.db.generated.Tables.FETCH_RUNS;

import com.minerdesk.db.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;

/** The runs of every source, newest first: the editor dashboard shows the ones that did not end well. */
public final class FetchLog {
    private static final int MAX_MESSAGE = 2000;
    private final Database db;
    private final Clock clock;

    public FetchLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public long started(String source) {
        return db.write(tx -> tx.insertInto(FETCH_RUNS)
                .set(FETCH_RUNS.SOURCE, source)
                .set(FETCH_RUNS.STARTED_AT, OffsetDateTime.now(clock))
                .set(FETCH_RUNS.OUTCOME, "running")
                .returning(FETCH_RUNS.ID).fetchSingle().getId());
    }

    public void finished(long runId, FetchSummary s) {
        String message = String.join("\n", s.problems());
        db.writeVoid(tx -> tx.update(FETCH_RUNS)
                .set(FETCH_RUNS.FINISHED_AT, OffsetDateTime.now(clock))
                .set(FETCH_RUNS.FETCHED, s.fetched())
                .set(FETCH_RUNS.ADDED, s.added())
                .set(FETCH_RUNS.CHANGED, s.changed())
                .set(FETCH_RUNS.REFUSED, s.refused())
                .set(FETCH_RUNS.OUTCOME, s.outcome())
                .set(FETCH_RUNS.MESSAGE, message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message)
                .where(FETCH_RUNS.ID.eq(runId)).execute());
    }

    /** The latest runs of every source, newest first. */
    public static List<FetchRun> recent(DSLContext dsl, int limit) {
        return dsl.select(FETCH_RUNS.ID, FETCH_RUNS.SOURCE, FETCH_RUNS.STARTED_AT, FETCH_RUNS.FINISHED_AT,
                        FETCH_RUNS.FETCHED, FETCH_RUNS.ADDED, FETCH_RUNS.CHANGED, FETCH_RUNS.REFUSED, FETCH_RUNS.OUTCOME,
                        FETCH_RUNS.MESSAGE)
                .from(FETCH_RUNS)
                .orderBy(FETCH_RUNS.STARTED_AT.desc(), FETCH_RUNS.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(FetchRun::new));
    }
}
