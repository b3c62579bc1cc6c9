package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;

import com.minerdesk.market.ExchangeCalendar;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.TradingStatusQueries;
import com.minerdesk.web.Fmt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * The coverage a daily-bar import leaves, read over the would-be data (inside the preview's
 * transaction): per date of the file, how many of the listed companies have a bar (or a not-trading
 * mark); per market week the file touches, whether it would be left incomplete on its scheduled
 * trading days (a market holiday is not a missing date).
 */
final class CoverageCheck {
    private CoverageCheck() {
    }

    /** What the preview shows: per-date coverage (all dates, or the incomplete ones of a long file) and week warnings. */
    record Result(int listed, int dates, int completeDates, List<DateCoverage> shown, List<String> weekWarnings) {
        static final Result NONE = new Result(0, 0, 0, List.of(), List.of());

        /** True when only the incomplete dates are listed. */
        public boolean onlyIncompleteListed() {
            return shown.size() < dates;
        }
    }

    static Result of(DSLContext tx, Map<String, Long> idsByTicker, List<LocalDate> fileDates, Fmt fmt) {
        SortedSet<String> listed = new TreeSet<>(idsByTicker.keySet());
        SortedSet<LocalDate> dates = new TreeSet<>(fileDates);
        LocalDate from = MarketWeek.monday(dates.first());
        LocalDate to = MarketWeek.friday(dates.last());
        Map<LocalDate, Set<String>> present = present(tx, idsByTicker, from, to);

        List<DateCoverage> all = new ArrayList<>();
        for (LocalDate d : dates) {
            all.add(WeekCoverage.of(d, listed, present.getOrDefault(d, Set.of())));
        }
        List<DateCoverage> shown = all.size() <= ImportPlan.SAMPLE ? all
                : all.stream().filter(d -> !d.complete()).limit(ImportPlan.SAMPLE).toList();

        List<String> warnings = new ArrayList<>();
        for (LocalDate monday : new TreeSet<>(dates.stream().map(MarketWeek::monday).toList())) {
            if (warnings.size() == ImportPlan.SAMPLE) {
                break;
            }
            new WeekCoverage(tradingDays(monday), listed, present).warning(fmt).ifPresent(warnings::add);
        }
        int complete = (int) all.stream().filter(DateCoverage::complete).count();
        return new Result(listed.size(), all.size(), complete, shown, warnings);
    }

    /** The scheduled trading days of the market week that starts on {@code monday}, on the exchange calendar. */
    static List<LocalDate> tradingDays(LocalDate monday) {
        return ExchangeCalendar.us().scheduledDays(monday);
    }

    private static Map<LocalDate, Set<String>> present(DSLContext tx, Map<String, Long> idsByTicker, LocalDate from,
            LocalDate to) {
        Map<Long, String> tickers = new HashMap<>();
        idsByTicker.forEach((t, id) -> tickers.put(id, t));
        Map<LocalDate, Set<String>> out = new TreeMap<>();
        tx.select(DAILY_BARS.TRADE_DATE, DAILY_BARS.COMPANY_ID).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.between(from, to))
                .fetchSize(5_000)
                .forEach(r -> out.computeIfAbsent(r.value1(), d -> new HashSet<>()).add(tickers.get(r.value2())));
        // a company marked as not trading on a day (halted, delisted) is not missing from it
        new TradingStatusQueries(tx).marksBetween(from, to)
                .forEach(m -> out.computeIfAbsent(m.date(), d -> new HashSet<>()).add(m.ticker()));
        return out;
    }
}
