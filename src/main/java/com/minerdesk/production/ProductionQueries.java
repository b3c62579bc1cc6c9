package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.MONTHLY_REPORTS;
import static com.minerdesk.db.generated.Tables.NETWORK_DAYS;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The production tables' reads: current versions, the month before, earlier versions and the network's month. */
public final class ProductionQueries {
    private final DSLContext dsl;

    public ProductionQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The months with at least one current report, newest first. */
    public List<YearMonth> months() {
        return dsl.selectDistinct(MONTHLY_REPORTS.REPORT_MONTH).from(MONTHLY_REPORTS)
                .where(MONTHLY_REPORTS.IS_CURRENT.isTrue()).orderBy(MONTHLY_REPORTS.REPORT_MONTH.desc())
                .fetch(r -> YearMonth.from(r.value1()));
    }

    /** The newest month with reports whose network days are complete, else the newest month with reports. */
    public Optional<YearMonth> latestComplete() {
        List<YearMonth> months = months();
        if (months.isEmpty()) {
            return Optional.empty();
        }
        Map<YearMonth, NetworkMonth> networks = networks(months.get(months.size() - 1), months.get(0));
        return months.stream().filter(m -> networks.get(m).complete()).findFirst().or(() -> months.stream().findFirst());
    }

    public NetworkMonth network(YearMonth month) {
        return networks(month, month).get(month);
    }

    /** The network's months from {@code first} to {@code last}, with one query. */
    public Map<YearMonth, NetworkMonth> networks(YearMonth first, YearMonth last) {
        Map<YearMonth, List<NetworkMonth.Day>> days = new HashMap<>();
        dsl.select(NETWORK_DAYS.UTC_DAY, NETWORK_DAYS.DIFFICULTY, NETWORK_DAYS.BLOCKS, NETWORK_DAYS.SUBSIDY_BTC,
                        NETWORK_DAYS.FEES_BTC, NETWORK_DAYS.HASHRATE_EHS)
                .from(NETWORK_DAYS)
                .where(NETWORK_DAYS.IS_CURRENT.isTrue())
                .and(NETWORK_DAYS.UTC_DAY.between(first.atDay(1), last.atEndOfMonth()))
                .forEach(r -> days.computeIfAbsent(YearMonth.from(r.value1()), m -> new ArrayList<>())
                        .add(new NetworkMonth.Day(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        Map<YearMonth, NetworkMonth> out = new HashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.put(m, NetworkMonth.of(m, days.getOrDefault(m, List.of())));
        }
        return out;
    }

    /** Every company that reported for the month, by ticker. */
    public List<CompanyMonth> month(YearMonth month) {
        NetworkMonth network = network(month);
        return rows(MONTHLY_REPORTS.REPORT_MONTH.eq(month.atDay(1)), m -> network);
    }

    /** One company's months, oldest first. */
    public List<CompanyMonth> company(long companyId) {
        Map<YearMonth, NetworkMonth> networks = new HashMap<>();
        List<YearMonth> span = dsl.select(DSL.min(MONTHLY_REPORTS.REPORT_MONTH), DSL.max(MONTHLY_REPORTS.REPORT_MONTH))
                .from(MONTHLY_REPORTS).where(MONTHLY_REPORTS.COMPANY_ID.eq(companyId)).and(MONTHLY_REPORTS.IS_CURRENT.isTrue())
                .fetchOptional().filter(r -> r.value1() != null)
                .map(r -> List.of(YearMonth.from(r.value1()), YearMonth.from(r.value2()))).orElse(List.of());
        if (!span.isEmpty()) {
            networks.putAll(networks(span.get(0), span.get(1)));
        }
        return rows(MONTHLY_REPORTS.COMPANY_ID.eq(companyId), networks::get);
    }

    private List<CompanyMonth> rows(Condition which, Function<YearMonth, NetworkMonth> networkOf) {
        var rows = dsl.select(COMPANIES.TICKER, COMPANIES.NAME, MONTHLY_REPORTS)
                .from(MONTHLY_REPORTS).join(COMPANIES).on(COMPANIES.ID.eq(MONTHLY_REPORTS.COMPANY_ID))
                .where(MONTHLY_REPORTS.IS_CURRENT.isTrue()).and(which)
                .orderBy(MONTHLY_REPORTS.REPORT_MONTH, COMPANIES.TICKER)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> companyIds = rows.map(r -> r.value3().getCompanyId()).stream().distinct().toList();
        Map<List<Object>, MonthlyReportsRecord> current = new HashMap<>();
        Map<List<Object>, List<MonthlyReportsRecord>> earlier = new HashMap<>();
        dsl.selectFrom(MONTHLY_REPORTS).where(MONTHLY_REPORTS.COMPANY_ID.in(companyIds))
                .orderBy(MONTHLY_REPORTS.VERSION.desc())
                .forEach(r -> {
                    List<Object> key = List.of(r.getCompanyId(), r.getReportMonth());
                    if (r.getIsCurrent()) {
                        current.put(key, r);
                    } else {
                        earlier.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                    }
                });
        List<CompanyMonth> out = new ArrayList<>();
        for (var r : rows) {
            MonthlyReportsRecord report = r.value3();
            LocalDate month = report.getReportMonth();
            MonthlyReportsRecord previous = current.get(List.of(report.getCompanyId(), month.minusMonths(1)));
            List<Restatement> restated = restatements(report,
                    earlier.getOrDefault(List.of(report.getCompanyId(), month), List.of()));
            out.add(new CompanyMonth(r.value1(), r.value2(), report, previous, networkOf.apply(YearMonth.from(month)), restated));
        }
        return out;
    }

    /** The earlier versions' figures that differ from the current one's, newest first. */
    static List<Restatement> restatements(MonthlyReportsRecord current, List<MonthlyReportsRecord> earlier) {
        List<Restatement> out = new ArrayList<>();
        for (MonthlyReportsRecord old : earlier) {
            for (Restatement.Fact f : Restatement.FACTS) {
                BigDecimal was = f.value().apply(old);
                BigDecimal is = f.value().apply(current);
                if (was != null && (is == null || was.compareTo(is) != 0)) {
                    LocalDate on = old.getPublished() != null ? old.getPublished() : old.getRecordedAt().toLocalDate();
                    out.add(new Restatement(f.label(), was, f.unit(), on, old.getSourceUrl(), old.getSample()));
                }
            }
        }
        return out;
    }
}
