package com.minerdesk.live;

import com.minerdesk.db.ContentVersion;
import com.minerdesk.market.Company;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.WeekSort;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads {@link WeekFigures} with a fixed handful of queries, whatever the number of placeholders,
 * and keeps the latest few keyed by the content version: every data write bumps it, so a
 * correction shows on the next request while unchanged data costs no query.
 */
public final class WeekFiguresLoader {
    private static final int CACHED_WEEKS = 32;
    private final MarketData market;
    private final ContentVersion version;
    private final Map<String, WeekFigures> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WeekFigures> eldest) {
            return size() > CACHED_WEEKS;
        }
    };

    /** {@code version} may be null: then nothing is cached (tests that count queries). */
    public WeekFiguresLoader(MarketData market, ContentVersion version) {
        this.market = market;
        this.version = version;
    }

    public MarketData market() {
        return market;
    }

    /** The figures of the market week containing {@code week}, or of the latest week when it is null. */
    public WeekFigures load(LocalDate week) {
        if (version == null) {
            return loadUncached(week);
        }
        String key = version.current() + "|" + week;
        synchronized (cache) {
            WeekFigures hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        WeekFigures loaded = loadUncached(week);
        synchronized (cache) {
            cache.put(key, loaded);
        }
        return loaded;
    }

    private WeekFigures loadUncached(LocalDate week) {
        Map<String, Company> companies = market.companies().all().stream()
                .collect(Collectors.toMap(Company::ticker, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Optional<LocalDate> weekEnd = week == null ? market.weeks().latestShownWeek() : market.weeks().weekEndOf(week);
        if (weekEnd.isEmpty()) {
            return new WeekFigures(null, null, List.of(), null, null, companies);
        }
        LocalDate end = weekEnd.get();
        return new WeekFigures(end,
                market.weeks().sector(end).orElse(null),
                market.weeks().table(end, WeekSort.CHANGE, false),
                market.economics().week(end).orElse(null),
                market.network().week(end),
                companies);
    }
}
