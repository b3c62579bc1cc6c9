package com.minerdesk.market;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static com.minerdesk.db.generated.Tables.NOT_TRADING_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Records;

/**
 * Which market weeks are complete: every company listed on a scheduled trading day of the week has a
 * bar on it, or a not-trading mark with a reason. Read over a few weeks at a time (one query for the
 * bars, one for the marks, one for the listings), so finding the latest complete week costs a fixed
 * handful of queries while the newest weeks are complete or nearly.
 */
final class WeekCompleteness {
    /** Weeks read per round when looking back for a complete one. */
    static final int WEEKS_PER_ROUND = 8;
    private final DSLContext dsl;
    private final ExchangeCalendar calendar;

    private record ListedCompany(long id, String ticker, LocalDate from, LocalDate until) {
        boolean listedOn(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (until == null || !until.isBefore(day));
        }
    }

    private record Key(long companyId, LocalDate day) {
    }

    /** The bars and marks of a span of weeks. */
    private record Span(List<ListedCompany> listings, Set<Key> bars, Set<Key> marks, Set<LocalDate> barDays) {
    }

    WeekCompleteness(DSLContext dsl, ExchangeCalendar calendar) {
        this.dsl = dsl;
        this.calendar = calendar;
    }

    WeekProgress progress(LocalDate day) {
        return progress(day, read(MarketWeek.monday(day), MarketWeek.friday(day)));
    }

    /**
     * The newest complete week whose name is not after {@code notAfter}, with the progress of the
     * newest week with bars. Reads {@link #WEEKS_PER_ROUND} weeks at a time, back from the newest bar;
     * a round without a complete week jumps to the newest bar before it.
     */
    LatestWeeks latest(Optional<LocalDate> newestBar, LocalDate notAfter) {
        if (newestBar.isEmpty()) {
            return LatestWeeks.NONE;
        }
        Optional<WeekProgress> newest = Optional.empty();
        Optional<LocalDate> from = newestBar;
        while (from.isPresent()) {
            LocalDate friday = MarketWeek.friday(from.get());
            LocalDate firstMonday = MarketWeek.monday(friday).minusWeeks(WEEKS_PER_ROUND - 1L);
            Span span = read(firstMonday, friday);
            for (LocalDate d = friday; !d.isBefore(firstMonday); d = d.minusWeeks(1)) {
                WeekProgress p = progress(d, span);
                if (p.reportedThrough() == null) {
                    continue;
                }
                if (newest.isEmpty()) {
                    newest = Optional.of(p);
                }
                if (!p.weekEnd().isAfter(notAfter) && p.complete()) {
                    return new LatestWeeks(Optional.of(p.weekEnd()), newest);
                }
            }
            from = newestBarBefore(firstMonday);
        }
        return new LatestWeeks(Optional.empty(), newest);
    }

    private Optional<LocalDate> newestBarBefore(LocalDate day) {
        return dsl.select(DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.lt(day))
                .orderBy(DAILY_BARS.TRADE_DATE.desc()).limit(1)
                .fetchOptional(DAILY_BARS.TRADE_DATE);
    }

    private WeekProgress progress(LocalDate day, Span span) {
        List<LocalDate> scheduled = calendar.scheduledDays(day);
        LocalDate through = scheduled.stream().filter(span.barDays()::contains).reduce((a, b) -> b).orElse(null);
        List<String> reported = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (through != null) {
            List<LocalDate> due = scheduled.stream().filter(d -> !d.isAfter(through)).toList();
            for (ListedCompany c : span.listings()) {
                List<LocalDate> listedDays = due.stream().filter(c::listedOn).toList();
                if (listedDays.isEmpty()) {
                    continue;
                }
                boolean all = listedDays.stream().allMatch(d -> span.bars().contains(new Key(c.id(), d))
                        || span.marks().contains(new Key(c.id(), d)));
                (all ? reported : missing).add(c.ticker());
            }
        }
        return new WeekProgress(calendar.weekName(day), scheduled, through, reported, missing);
    }

    private Span read(LocalDate from, LocalDate to) {
        List<ListedCompany> listings = dsl.select(COMPANIES.ID, COMPANIES.TICKER, COMPANIES.LISTED_FROM, COMPANIES.LISTED_UNTIL)
                .from(COMPANIES)
                .where(COMPANIES.LISTED_FROM.isNull().or(COMPANIES.LISTED_FROM.le(to)))
                .and(COMPANIES.LISTED_UNTIL.isNull().or(COMPANIES.LISTED_UNTIL.ge(from)))
                .orderBy(COMPANIES.TICKER)
                .fetch(Records.mapping(ListedCompany::new));
        Set<Key> bars = new HashSet<>(dsl.select(DAILY_BARS.COMPANY_ID, DAILY_BARS.TRADE_DATE).from(DAILY_BARS)
                .where(DAILY_BARS.TRADE_DATE.between(from, to))
                .fetchSize(5_000)
                .fetch(Records.mapping(Key::new)));
        Set<LocalDate> barDays = new TreeSet<>();
        bars.forEach(k -> barDays.add(k.day()));
        Set<Key> marks = new HashSet<>(dsl.select(NOT_TRADING_DAYS.COMPANY_ID, NOT_TRADING_DAYS.TRADE_DATE)
                .from(NOT_TRADING_DAYS)
                .where(NOT_TRADING_DAYS.TRADE_DATE.between(from, to))
                .fetch(Records.mapping(Key::new)));
        return new Span(listings, bars, marks, barDays);
    }
}
