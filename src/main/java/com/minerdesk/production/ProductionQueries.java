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
import org.jooq.Records;

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
        return months.stream().filter(m -> network(m).complete()).findFirst().or(() -> months.stream().findFirst());
    }

    public NetworkMonth network(YearMonth month) {
        List<NetworkMonth.Day> days = dsl.select(NETWORK_DAYS.DIFFICULTY, NETWORK_DAYS.BLOCKS, NETWORK_DAYS.SUBSIDY_BTC,
                        NETWORK_DAYS.FEES_BTC, NETWORK_DAYS.HASHRATE_EHS)
                .from(NETWORK_DAYS)
                .where(NETWORK_DAYS.IS_CURRENT.isTrue())
                .and(NETWORK_DAYS.UTC_DAY.between(month.atDay(1), month.atEndOfMonth()))
                .fetch(Records.mapping(NetworkMonth.Day::new));
        return NetworkMonth.of(month, days);
    }

    /** Every company that reported for the month, by ticker. */
    public List<CompanyMonth> month(YearMonth month) {
        return rows(MONTHLY_REPORTS.REPORT_MONTH.eq(month.atDay(1)), m -> network(month));
    }

    /** One company's months, oldest first. */
    public List<CompanyMonth> company(long companyId) {
        Map<YearMonth, NetworkMonth> networks = new HashMap<>();
        return rows(MONTHLY_REPORTS.COMPANY_ID.eq(companyId), m -> networks.computeIfAbsent(m, this::network));
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
