package com.minerdesk.live;

import com.minerdesk.live.factcheck.FactChecker;
import com.minerdesk.web.Fmt;
import com.minerdesk.writeups.BodyChecks;
import com.minerdesk.writeups.BodyFinding;
import com.minerdesk.writeups.BodyReport;
import com.minerdesk.writeups.EditorItem;
import com.minerdesk.writeups.FlaggedWriteup;
import com.minerdesk.writeups.StoredWriteup;
import com.minerdesk.writeups.WriteupQueries;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The write-up editor's checks: placeholder errors (which block publishing) and the fact-check of
 * typed figures, stored with the write-up at each save together with a fingerprint of the week's
 * figures, so that the stored list is shown until the text or the data changes.
 */
public final class LiveBodyChecks implements BodyChecks {
    private final LiveContent live;
    private final FactChecker factChecker;
    private final CheckStore store;
    private final Clock clock;

    public LiveBodyChecks(LiveContent live, Fmt fmt, DSLContext dsl, Clock clock) {
        this.live = live;
        this.factChecker = new FactChecker(fmt);
        this.store = new CheckStore(dsl);
        this.clock = clock;
    }

    @Override
    public BodyReport check(String markdown, LocalDate weekEnd) {
        WeekFigures data = live.loader().load(weekEnd);
        List<BodyFinding> errors = live.check(markdown, weekEnd).stream()
                .map(e -> new BodyFinding(e.line(), e.message(), e.written())).toList();
        List<BodyFinding> mismatches = factChecker.check(markdown, data).stream()
                .map(m -> new BodyFinding(m.line(), m.message(), m.excerpt())).toList();
        return new BodyReport(errors, mismatches, textHash(markdown, weekEnd), data.fingerprint(), null, null);
    }

    @Override
    public boolean usesLiveData(String markdown) {
        return !LiveContent.prepare(markdown).placeholders().isEmpty();
    }

    @Override
    public void store(DSLContext tx, long writeupId, LocalDate weekEnd, BodyReport report, String acknowledgedBy) {
        CheckStore.replace(tx, writeupId, weekEnd, report, acknowledgedBy, OffsetDateTime.now(clock));
    }

    @Override
    public BodyReport current(long writeupId, String markdown, LocalDate weekEnd) {
        BodyReport fresh = check(markdown, weekEnd);
        Optional<CheckStore.Stored> stored = store.find(writeupId);
        if (stored.isPresent() && stored.get().report().textHash().equals(fresh.textHash())
                && stored.get().report().dataFingerprint().equals(fresh.dataFingerprint())) {
            return stored.get().report();
        }
        return fresh;
    }

    @Override
    public List<FlaggedWriteup> flagged(WriteupQueries writeups, int limit) {
        Map<Long, CheckStore.Stored> counted = new LinkedHashMap<>();
        List<CheckStore.Stored> candidates = new ArrayList<>(store.withMismatches(limit));
        candidates.addAll(store.cleanButStale(limit)); // their fingerprint no longer matches: checked again below
        for (CheckStore.Stored s : candidates) {
            String now = live.loader().load(s.weekEnd()).fingerprint();
            if (now.equals(s.report().dataFingerprint())) {
                if (s.report().hasMismatches()) { // a stale-looking clean check whose data came back is still clean
                    counted.put(s.writeupId(), s);
                }
                continue;
            }
            Optional<StoredWriteup> w = writeups.stored(s.writeupId());
            if (w.isPresent()) {
                BodyReport again = check(w.get().bodyMarkdown(), w.get().weekEnd());
                if (again.hasMismatches()) {
                    counted.put(s.writeupId(), new CheckStore.Stored(s.writeupId(), s.weekEnd(), new BodyReport(List.of(),
                            again.mismatches(), again.textHash(), again.dataFingerprint(), null, s.report().acknowledgedBy())));
                }
            }
        }
        List<FlaggedWriteup> out = new ArrayList<>();
        for (EditorItem item : writeups.itemsByIds(List.copyOf(counted.keySet()))) {
            BodyReport r = counted.get(item.id()).report();
            out.add(new FlaggedWriteup(item, r.mismatches().size(), r.acknowledgedBy()));
        }
        return out;
    }

    /** A hash of the text and of the week it is checked for. */
    static String textHash(String markdown, LocalDate weekEnd) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((weekEnd + "\n" + markdown).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
