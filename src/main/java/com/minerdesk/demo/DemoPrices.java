package com.minerdesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic sample daily bars for 12 market weeks ending 2025-11-28, built so that the
 * reference week reproduces the reported figures under the site's definitions (a company's change
 * is its Friday close over the previous Friday's close): ABTC 5.75 → 2.23, APLD +15.20 %, CORZ
 * +1.30 %, 6 gainers and 28 decliners, sector cap 69.12 B → 67.89 B over the same 34 companies,
 * daily sector dollar volume (close × shares) 413.5 M → 307.35 M. Bars store shares traded and the
 * day's market cap. Every other number is a sample value.
 */
final class DemoPrices {
    static final LocalDate REFERENCE_WEEK_END = LocalDate.of(2025, 11, 28);
    static final LocalDate REFERENCE_MONDAY = LocalDate.of(2025, 11, 24);
    static final LocalDate PREVIOUS_FRIDAY = LocalDate.of(2025, 11, 21);
    static final LocalDate THANKSGIVING = LocalDate.of(2025, 11, 27);
    static final int WEEKS = 12;
    static final long CAP_BEFORE = 69_120_000_000L;
    static final long CAP_AFTER = 67_890_000_000L;
    static final long DOLLAR_VOLUME_FIRST_DAY = 413_500_000L;
    static final long DOLLAR_VOLUME_LAST_DAY = 307_350_000L;

    record Bar(String ticker, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
            long shares, long cap) {
    }

    private final Random random = new Random(20251128L);
    private final List<DemoCompany> companies;

    DemoPrices(List<DemoCompany> companies) {
        this.companies = companies;
    }

    static List<LocalDate> tradingDays() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate d = REFERENCE_MONDAY.minusWeeks(WEEKS - 1L);
        while (!d.isAfter(REFERENCE_WEEK_END)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !d.equals(THANKSGIVING)) {
                days.add(d);
            }
            d = d.plusDays(1);
        }
        return days;
    }

    List<Bar> bars() {
        List<LocalDate> days = tradingDays();
        Map<String, Double> capBefore = capsBefore();
        Map<String, Map<LocalDate, BigDecimal[]>> prices = new LinkedHashMap<>();
        Map<String, Double> shares = new HashMap<>();
        for (DemoCompany c : companies) {
            Map<LocalDate, BigDecimal[]> series = pricePath(c, days);
            prices.put(c.ticker(), series);
            shares.put(c.ticker(), capBefore.get(c.ticker()) / series.get(PREVIOUS_FRIDAY)[1].doubleValue());
        }

        Map<LocalDate, Map<String, Long>> caps = new HashMap<>();
        Map<LocalDate, Map<String, Long>> traded = new HashMap<>();
        for (LocalDate day : days) {
            Map<String, Long> dayCaps = new LinkedHashMap<>();
            Map<String, Double> weights = new LinkedHashMap<>();
            Map<String, Double> closes = new LinkedHashMap<>();
            for (DemoCompany c : companies) {
                double close = prices.get(c.ticker()).get(day)[1].doubleValue();
                long cap = Math.round(shares.get(c.ticker()) * close);
                dayCaps.put(c.ticker(), cap);
                closes.put(c.ticker(), close);
                weights.put(c.ticker(), cap * (0.006 + random.nextDouble() * 0.03));
            }
            if (day.equals(PREVIOUS_FRIDAY)) {
                settle(dayCaps, CAP_BEFORE);
            } else if (day.equals(REFERENCE_WEEK_END)) {
                settle(dayCaps, CAP_AFTER);
            }
            caps.put(day, dayCaps);
            traded.put(day, sharesTraded(weights, closes, day));
        }

        List<Bar> bars = new ArrayList<>();
        for (DemoCompany c : companies) {
            for (LocalDate day : days) {
                BigDecimal[] oc = prices.get(c.ticker()).get(day);
                BigDecimal open = oc[0];
                BigDecimal close = oc[1];
                double spread = 0.004 + random.nextDouble() * 0.03;
                BigDecimal high = open.max(close).multiply(BigDecimal.valueOf(1 + spread)).setScale(4, RoundingMode.CEILING);
                BigDecimal low = open.min(close).multiply(BigDecimal.valueOf(1 - spread)).setScale(4, RoundingMode.FLOOR);
                bars.add(new Bar(c.ticker(), day, open, high, low, close,
                        traded.get(day).get(c.ticker()), caps.get(day).get(c.ticker())));
            }
        }
        return bars;
    }

    /**
     * Each company's cap at the previous Friday's close: the sample sizes, with the decliners'
     * weight tuned so that the caps at this Friday's close (cap × (1 + change)) add up to the
     * reported sector close, and scaled so that they add up to the reported start.
     */
    private Map<String, Double> capsBefore() {
        double target = (double) CAP_AFTER / CAP_BEFORE - 1;
        double gainWeight = 0;
        double gainMove = 0;
        double lossWeight = 0;
        double lossMove = 0;
        for (DemoCompany c : companies) {
            double r = referenceChange(c);
            if (r > 0) {
                gainWeight += c.capBillions();
                gainMove += c.capBillions() * r;
            } else {
                lossWeight += c.capBillions();
                lossMove += c.capBillions() * r;
            }
        }
        double k = (target * gainWeight - gainMove) / (lossMove - target * lossWeight);
        double total = gainWeight + k * lossWeight;
        Map<String, Double> out = new HashMap<>();
        for (DemoCompany c : companies) {
            double weight = referenceChange(c) > 0 ? c.capBillions() : c.capBillions() * k;
            out.put(c.ticker(), weight / total * CAP_BEFORE);
        }
        return out;
    }

    private static double referenceChange(DemoCompany c) {
        if (c.referenceClose() != null) {
            return c.referenceClose() / c.referenceOpen() - 1;
        }
        return c.referenceChangePct() / 100.0;
    }

    /**
     * Open and close per day. The previous Friday closes at the reported start of the week and the
     * reference Friday at its end; the reference week's Monday opens at that close, a path leads
     * between them, and earlier weeks are a random walk backwards from that Friday.
     */
    private Map<LocalDate, BigDecimal[]> pricePath(DemoCompany c, List<LocalDate> days) {
        Map<LocalDate, BigDecimal[]> series = new HashMap<>();
        BigDecimal previousClose = price(c.referenceOpen());
        BigDecimal weekClose = c.referenceClose() != null ? price(c.referenceClose())
                : price(c.referenceOpen() * (1 + c.referenceChangePct() / 100.0));
        List<LocalDate> refDays = days.stream().filter(d -> !d.isBefore(REFERENCE_MONDAY)).toList();
        BigDecimal prevClose = previousClose;
        for (int i = 0; i < refDays.size(); i++) {
            LocalDate d = refDays.get(i);
            BigDecimal open = i == 0 ? previousClose : price(prevClose.doubleValue() * (1 + noise(0.006)));
            BigDecimal close;
            if (i == refDays.size() - 1) {
                close = weekClose;
            } else {
                double target = previousClose.doubleValue()
                        + (weekClose.doubleValue() - previousClose.doubleValue()) * (i + 1) / refDays.size();
                close = price(target * (1 + noise(0.015)));
            }
            series.put(d, new BigDecimal[] {open, close});
            prevClose = close;
        }
        double volatility = c.capBillions() > 1 ? 0.035 : 0.05;
        double close = previousClose.doubleValue();
        List<LocalDate> earlier = days.stream().filter(d -> d.isBefore(REFERENCE_MONDAY)).toList();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            double dayReturn = noise(volatility) + 0.002;
            double open = close / (1 + dayReturn);
            series.put(earlier.get(i), new BigDecimal[] {price(open), price(close)});
            close = open / (1 + noise(0.008));
        }
        return series;
    }

    /**
     * Spreads a day's sector dollar volume over the companies and turns each share into shares traded
     * at its close; the reference week's first and last days come out at the reported dollar volume
     * (to within the rounding of whole shares).
     */
    private Map<String, Long> sharesTraded(Map<String, Double> weights, Map<String, Double> closes, LocalDate day) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double target = day.equals(REFERENCE_MONDAY) ? DOLLAR_VOLUME_FIRST_DAY
                : day.equals(REFERENCE_WEEK_END) ? DOLLAR_VOLUME_LAST_DAY
                : sum;
        Map<String, Long> out = new LinkedHashMap<>();
        weights.forEach((t, w) -> out.put(t, Math.max(100, Math.round(w / sum * target / closes.get(t)))));
        return out;
    }

    /** Puts the rounding remainder on the largest value so the total is exact. */
    private static void settle(Map<String, Long> values, long total) {
        long sum = values.values().stream().mapToLong(Long::longValue).sum();
        String largest = values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        values.put(largest, values.get(largest) + total - sum);
    }

    private double noise(double sd) {
        return random.nextGaussian() * sd;
    }

    private static BigDecimal price(double value) {
        return BigDecimal.valueOf(Math.max(value, 0.01)).setScale(4, RoundingMode.HALF_UP);
    }
}
