package com.minerdesk.filings;

import com.minerdesk.db.Database;
import com.minerdesk.fetch.FetchException;
import com.minerdesk.fetch.FetchLog;
import com.minerdesk.fetch.FetchSummary;
import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyQueries;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the EDGAR source: maps each tracked company's ticker to its CIK, reads its recent
 * filings and stores the ones the calendar keeps. A company EDGAR does not know (a listing
 * outside the US, a new ticker) is a problem of the run, not its failure; an unreadable ticker
 * list is.
 */
public final class EdgarFetch {
    /** The SEC allows ten requests a second; this stays under it. */
    static final Duration SEC_PACE = Duration.ofMillis(120);
    private final Database db;
    private final EdgarSource source;
    private final FilingStore store;
    private final FetchLog log;
    private final Clock clock;

    public EdgarFetch(Database db, EdgarSettings settings, Clock clock) {
        this(db, settings, clock, SEC_PACE, Duration.ofSeconds(60));
    }

    EdgarFetch(Database db, EdgarSettings settings, Clock clock, Duration pace, Duration maxWait) {
        if (settings.problem() != null) {
            throw new IllegalArgumentException(settings.problem());
        }
        this.db = db;
        this.source = new EdgarSource(settings, pace, maxWait);
        this.store = new FilingStore(db);
        this.log = new FetchLog(db, clock);
        this.clock = clock;
    }

    /** Fetches the given tickers (all tracked companies when empty), printing one line per company. */
    public FetchSummary run(Set<String> tickers, PrintStream progress) {
        long runId = log.started("edgar");
        FetchSummary summary;
        try {
            summary = fetch(tickers, progress);
        } catch (FetchException e) {
            summary = new FetchSummary("edgar", 0, 0, 0, 0, List.of(e.getMessage()), true);
        }
        log.finished(runId, summary);
        return summary;
    }

    private FetchSummary fetch(Set<String> tickers, PrintStream progress) {
        List<Company> companies = new CompanyQueries(db.dsl()).all().stream()
                .filter(c -> tickers.isEmpty() || tickers.contains(c.ticker())).toList();
        List<String> problems = new ArrayList<>();
        for (String t : tickers) {
            if (companies.stream().noneMatch(c -> c.ticker().equals(t))) {
                problems.add(t + ": not a tracked company");
            }
        }
        Map<String, EdgarSource.Registrant> registrants = source.tickers();
        int fetched = 0;
        int added = 0;
        int changed = 0;
        int refused = 0;
        int done = 0;
        for (Company c : companies) {
            done++;
            EdgarSource.Registrant r = registrants.get(c.ticker());
            if (r == null) {
                problems.add(c.ticker() + ": not in EDGAR's ticker list");
                continue;
            }
            try {
                EdgarSource.Submissions s = source.submissions(r.cik());
                FilingStore.Stored stored = store.store(c.id(), r, s.filings(), OffsetDateTime.now(clock));
                fetched += s.filings().size();
                added += stored.added();
                changed += stored.changed();
                refused += s.refused().size();
                problems.addAll(s.refused());
                progress.printf("edgar %d/%d %s: %d filings, %d new, %d changed%n", done, companies.size(), c.ticker(),
                        s.filings().size(), stored.added(), stored.changed());
            } catch (FetchException e) {
                problems.add(c.ticker() + ": " + e.getMessage());
            }
        }
        return new FetchSummary("edgar", fetched, added, changed, refused, problems, false);
    }
}
