package com.minerdesk.desk.imports;

import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.ExchangeCalendar;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.WeekSummary;
import com.minerdesk.web.Fmt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The weekly figures an import can change, read with the market feature's own queries. Taken once
 * before and once after the rows are written (in a transaction that is then rolled back), the two
 * snapshots give the weekly changes a commit would cause.
 */
final class WeeklyEffects {
    private final Fmt fmt;
    private final Map<LocalDate, WeekSummary> sector;
    private final Map<String, Map<LocalDate, CompanyWeek>> companies;
    private final Map<LocalDate, EconomicsWeek> economics;

    private WeeklyEffects(Fmt fmt, Map<LocalDate, WeekSummary> sector, Map<String, Map<LocalDate, CompanyWeek>> companies,
            Map<LocalDate, EconomicsWeek> economics) {
        this.fmt = fmt;
        this.sector = sector;
        this.companies = companies;
        this.economics = economics;
    }

    /** The figures of every week, for the sector and for the given companies (bars) or the economics (metrics). */
    static WeeklyEffects snapshot(DSLContext dsl, CsvKind kind, SortedSet<String> tickers, Fmt fmt) {
        MarketData market = MarketData.over(dsl);
        if (kind == CsvKind.SECTOR_METRICS) {
            return new WeeklyEffects(fmt, Map.of(), Map.of(),
                    byMonday(market.economics().weeks(Integer.MAX_VALUE), EconomicsWeek::weekEnd));
        }
        Map<String, Map<LocalDate, CompanyWeek>> byCompany = new TreeMap<>();
        for (String ticker : tickers) {
            Company company = market.companies().byTicker(ticker).orElseThrow();
            byCompany.put(ticker, byMonday(market.companies().weeklyHistory(company, Integer.MAX_VALUE), CompanyWeek::weekEnd));
        }
        return new WeeklyEffects(fmt, byMonday(market.weeks().allWeeks(), WeekSummary::weekEnd), byCompany, Map.of());
    }

    /** The week end (after the import) of each market week that contains one of the dates. */
    List<LocalDate> weekEnds(List<LocalDate> dates) {
        TreeMap<LocalDate, LocalDate> out = new TreeMap<>();
        for (LocalDate d : dates) {
            LocalDate monday = MarketWeek.monday(d);
            WeekSummary s = sector.get(monday);
            out.put(monday, s != null ? s.weekEnd() : ExchangeCalendar.us().weekName(d));
        }
        return new ArrayList<>(out.values());
    }

    List<WeeklyEffect> sectorChangesSince(WeeklyEffects before) {
        List<WeeklyEffect> out = new ArrayList<>();
        sector.forEach((monday, now) -> {
            WeekSummary was = before.sector.get(monday);
            List<FieldChange> changes = new ArrayList<>();
            add(changes, "Trading days", was, now, w -> Integer.toString(w.tradingDays()));
            add(changes, "Companies", was, now, w -> Integer.toString(w.companies()));
            add(changes, "Sector cap", was, now, w -> fmt.compact(w.capEnd()));
            add(changes, "Cap change", was, now, w -> fmt.pct(w.capChangePct()));
            add(changes, "Gainers / decliners", was, now, w -> w.gainers() + " / " + w.decliners());
            if (!changes.isEmpty()) {
                out.add(new WeeklyEffect("Sector", now.weekEnd(), was == null, changes));
            }
        });
        return out;
    }

    List<WeeklyEffect> companyChangesSince(WeeklyEffects before) {
        List<WeeklyEffect> out = new ArrayList<>();
        companies.forEach((ticker, weeks) -> {
            Map<LocalDate, CompanyWeek> old = before.companies.getOrDefault(ticker, Map.of());
            weeks.forEach((monday, now) -> {
                CompanyWeek was = old.get(monday);
                List<FieldChange> changes = new ArrayList<>();
                add(changes, "Open", was, now, w -> fmt.price(w.open()));
                add(changes, "Close", was, now, w -> fmt.price(w.close()));
                add(changes, "Change", was, now, w -> fmt.pct(w.change()));
                add(changes, "Shares traded", was, now, w -> fmt.compactCount(w.shares()));
                add(changes, "Dollar volume", was, now, w -> fmt.compact(w.dollarVolume()));
                add(changes, "Market cap", was, now, w -> fmt.compact(w.marketCap()));
                if (!changes.isEmpty()) {
                    out.add(new WeeklyEffect(ticker, now.weekEnd(), was == null, changes));
                }
            });
        });
        return out;
    }

    List<WeeklyEffect> economicsChangesSince(WeeklyEffects before) {
        List<WeeklyEffect> out = new ArrayList<>();
        economics.forEach((monday, now) -> {
            EconomicsWeek was = before.economics.get(monday);
            List<FieldChange> changes = new ArrayList<>();
            add(changes, "BTC price", was, now, w -> fmt.usd(w.btcClose()));
            add(changes, "Week high", was, now, w -> fmt.usd(w.btcHigh()));
            add(changes, "Hash rate", was, now, w -> fmt.hashrate(w.hashrateEhs()));
            add(changes, "Cash cost", was, now, w -> fmt.usd(w.cashCost()));
            add(changes, "Cash margin", was, now, w -> fmt.pct(w.cashMargin()));
            add(changes, "All-in cost", was, now, w -> fmt.usd(w.allinCost()));
            add(changes, "All-in margin", was, now, w -> fmt.pct(w.allinMargin()));
            if (!changes.isEmpty()) {
                out.add(new WeeklyEffect("Economics", now.weekEnd(), was == null, changes));
            }
        });
        return out;
    }

    /** Compares figures as shown to readers, so a change below display precision is not listed. */
    private static <T> void add(List<FieldChange> changes, String name, T was, T now, Function<T, String> shown) {
        String after = shown.apply(now);
        String before = was == null ? null : shown.apply(was);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(name, before, after));
        }
    }

    private static <T> Map<LocalDate, T> byMonday(List<T> weeks, Function<T, LocalDate> weekEnd) {
        Map<LocalDate, T> out = new LinkedHashMap<>();
        weeks.stream()
                .sorted((a, b) -> weekEnd.apply(a).compareTo(weekEnd.apply(b)))
                .forEach(w -> out.put(MarketWeek.monday(weekEnd.apply(w)), w));
        return out;
    }
}
