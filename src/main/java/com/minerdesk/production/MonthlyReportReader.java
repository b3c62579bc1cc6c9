package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.desk.Checked;
import com.minerdesk.desk.ValueRules;
import com.minerdesk.market.Tickers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One monthly report read from named text values (the import's columns or the form's fields, named
 * as in {@link ProductionCsv#HEADER}), with the rules both share: no negative BTC, hash rate or
 * power; efficiency 5–200 J/TH; operating not above installed hash rate; no month or publication
 * day after today; an http(s) source; a known ticker. Every problem is reported with its field.
 */
public final class MonthlyReportReader {
    static final BigDecimal MIN_JTH = BigDecimal.valueOf(5);
    static final BigDecimal MAX_JTH = BigDecimal.valueOf(200);
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final long MAX_MACHINES = 10_000_000;

    /** Where a problem goes: the field's name and the message. */
    @FunctionalInterface
    public interface Problems {
        void add(String field, String message);
    }

    private final Function<String, String> raw;
    private final Problems problems;
    private boolean ok = true;

    private MonthlyReportReader(Function<String, String> raw, Problems problems) {
        this.raw = name -> {
            String v = raw.apply(name);
            return v == null ? "" : v.trim();
        };
        this.problems = problems;
    }

    /** The report, or null when a value is wrong (each problem is reported). */
    public static MonthlyReportsRecord read(Function<String, String> raw, Map<String, Long> companyIds, LocalDate today,
            Problems problems) {
        return new MonthlyReportReader(raw, problems).read(companyIds, today);
    }

    private MonthlyReportsRecord read(Map<String, Long> companyIds, LocalDate today) {
        YearMonth month = month(today);
        Long company = company(companyIds);
        MonthlyReportsRecord r = new TickedReport(Tickers.normalised(raw.apply("ticker")));
        r.setBtcProduced(amount("btc_produced", 14, 4));
        r.setBtcHeld(amount("btc_held", 16, 4));
        r.setBtcSold(amount("btc_sold", 14, 4));
        r.setInstalledEhs(amount("installed_ehs", 10, 3));
        r.setOperatingEhs(amount("operating_ehs", 10, 3));
        r.setAvgOperatingEhs(amount("avg_operating_ehs", 10, 3));
        r.setEfficiencyJth(amount("efficiency_jth", 8, 2));
        r.setMachines(machines());
        r.setEnergizedMw(amount("energized_mw", 10, 1));
        r.setPipelineMw(amount("pipeline_mw", 10, 1));
        r.setSourceUrl(source());
        r.setAccession(accession());
        r.setPublished(published(today));
        if (r.getEfficiencyJth() != null && (r.getEfficiencyJth().compareTo(MIN_JTH) < 0 || r.getEfficiencyJth().compareTo(MAX_JTH) > 0)) {
            fail("efficiency_jth", r.getEfficiencyJth().toPlainString() + " J/TH is outside 5–200 J/TH");
        }
        if (r.getOperatingEhs() != null && r.getInstalledEhs() != null && r.getOperatingEhs().compareTo(r.getInstalledEhs()) > 0) {
            fail("operating_ehs", "operating hash rate " + r.getOperatingEhs().toPlainString() + " EH/s is above the installed "
                    + r.getInstalledEhs().toPlainString() + " EH/s");
        }
        if (!ok) {
            return null;
        }
        r.setCompanyId(company);
        r.setReportMonth(month.atDay(1));
        r.setSample(false);
        return r;
    }

    private YearMonth month(LocalDate today) {
        String v = raw.apply("month");
        if (v.isEmpty()) {
            return fail("month", "the month is missing (write yyyy-mm, for example 2025-10)");
        }
        if (!MONTH.matcher(v).matches()) {
            return fail("month", "'" + v + "' is not a month written yyyy-mm (for example 2025-10)");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(v);
        } catch (java.time.DateTimeException e) {
            return fail("month", "'" + v + "' is not a real month");
        }
        if (!m.isBefore(YearMonth.from(today))) {
            return fail("month", m + " is in the future or not over yet (today is " + today + ")");
        }
        return m;
    }

    private Long company(Map<String, Long> companyIds) {
        String v = raw.apply("ticker");
        if (v.isEmpty()) {
            return fail("ticker", "the ticker is missing");
        }
        String ticker = Tickers.normalised(v);
        Long id = ticker == null ? null : companyIds.get(ticker);
        return id != null ? id : fail("ticker", "'" + v + "' is not the ticker of a listed company");
    }

    private BigDecimal amount(String field, int precision, int scale) {
        String v = raw.apply(field);
        return v.isEmpty() ? null : checked(field, ValueRules.notNegative(v, precision, scale));
    }

    private Integer machines() {
        String v = raw.apply("machines");
        if (v.isEmpty()) {
            return null;
        }
        Long n = checked("machines", ValueRules.wholeNotNegative(v));
        if (n != null && n > MAX_MACHINES) {
            return fail("machines", n + " machines is more than " + MAX_MACHINES);
        }
        return n == null ? null : n.intValue();
    }

    private String source() {
        String v = raw.apply("source_url");
        return v.isEmpty() ? null : checked("source_url", ValueRules.webAddress(v, 500));
    }

    private String accession() {
        String v = raw.apply("accession");
        if (v.isEmpty()) {
            return null;
        }
        return ACCESSION.matcher(v).matches() ? v
                : fail("accession", "'" + v + "' is not an SEC accession number (0001234567-25-000123)");
    }

    private LocalDate published(LocalDate today) {
        String v = raw.apply("published");
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = checked("published", ValueRules.date(v));
        return d != null && d.isAfter(today) ? fail("published", d + " is in the future (today is " + today + ")") : d;
    }

    private <T> T checked(String field, Checked<T> c) {
        return c.failed() ? fail(field, c.error()) : c.value();
    }

    private <T> T fail(String field, String message) {
        ok = false;
        problems.add(field, message);
        return null;
    }
}
