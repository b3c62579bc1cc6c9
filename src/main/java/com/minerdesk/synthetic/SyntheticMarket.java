package com.minerdesk.synthetic;

import com.minerdesk.db.generated.tables.records.DailyBarsRecord;
import com.minerdesk.db.generated.tables.records.SectorMetricsRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sample prices: a BTC path that ends near 90,000 on the last day (the reference week's level),
 * and for each company a random walk that moves with BTC by its beta plus its own noise.
 * Market cap is a fixed share count times the close; shares traded a random share of that count.
 */
final class SyntheticMarket {
    static final double BTC_END = 90_000;
    /** Roughly the growth of BTC's price over the ten years to 2025, per year. */
    private static final double BTC_GROWTH_PER_YEAR = Math.log(200) / 10;
    /** Roughly the growth of the network hash rate (about 1,000 EH/s at the end), per year. */
    private static final double HASHRATE_GROWTH_PER_YEAR = Math.log(2000) / 10;
    private static final double FLOOR = Math.log(0.10);
    private static final double REVERSION = 0.004;

    private final List<LocalDate> days;
    private final double[] btcLog;
    private final double btcDrift;

    SyntheticMarket(List<LocalDate> days, Random random) {
        this.days = days;
        int n = days.size();
        double years = ChronoUnit.DAYS.between(days.get(0), days.get(n - 1)) / 365.25;
        double start = Math.log(BTC_END) - BTC_GROWTH_PER_YEAR * years;
        double[] walk = new double[n];
        for (int i = 1; i < n; i++) {
            walk[i] = walk[i - 1] + random.nextGaussian() * 0.035;
        }
        btcLog = new double[n];
        double end = Math.log(BTC_END);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 1 : (double) i / (n - 1);
            btcLog[i] = start + walk[i] + (end - start - walk[n - 1]) * t;
        }
        btcDrift = n == 1 ? 0 : (end - start) / (n - 1);
    }

    int days() {
        return days.size();
    }

    /** The daily bars of one company from its first trading day on, oldest first. */
    List<DailyBarsRecord> bars(SyntheticCompany c, long companyId, Random random) {
        List<DailyBarsRecord> out = new ArrayList<>(days.size() - c.firstDay());
        double shares = c.capBillions() * 1e9 / c.startPrice();
        double logStart = Math.log(c.startPrice());
        double logClose = logStart;
        for (int i = c.firstDay(); i < days.size(); i++) {
            double btcReturn = i == 0 ? 0 : btcLog[i] - btcLog[i - 1] - btcDrift;
            double logOpen = logClose + random.nextGaussian() * 0.008;
            // a slight pull back to the starting level keeps ten years of noise within plausible sizes
            logClose = logClose + c.beta() * btcReturn + random.nextGaussian() * c.volatility()
                    - REVERSION * (logClose - logStart);
            if (logClose < FLOOR) {
                logClose = 2 * FLOOR - logClose;
            }
            double open = Math.exp(Math.max(logOpen, FLOOR));
            double close = Math.exp(logClose);
            double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * 0.012);
            double low = Math.min(open, close) * (1 - Math.min(0.5, Math.abs(random.nextGaussian()) * 0.012));
            long cap = Math.round(shares * close);
            double turnover = 0.003 + 0.03 * random.nextDouble() * random.nextDouble();
            long sharesTraded = Math.max(100, Math.round(shares * turnover));
            out.add(new DailyBarsRecord(companyId, days.get(i), price(open), price(high), price(low), price(close),
                    sharesTraded, cap));
        }
        return out;
    }

    /** One row per market week, on its last trading day: BTC close, hash rate and the cost per BTC. */
    List<SectorMetricsRecord> weeklyMetrics(Random random) {
        List<SectorMetricsRecord> out = new ArrayList<>(days.size() / 5 + 1);
        LocalDate last = days.get(days.size() - 1);
        for (int i = 0; i < days.size(); i++) {
            boolean lastOfWeek = i == days.size() - 1
                    || !TradingCalendar.monday(days.get(i + 1)).equals(TradingCalendar.monday(days.get(i)));
            if (!lastOfWeek) {
                continue;
            }
            double btc = Math.exp(btcLog[i]);
            double yearsBeforeEnd = ChronoUnit.DAYS.between(days.get(i), last) / 365.25;
            double hashrate = 1_000 * Math.exp(-HASHRATE_GROWTH_PER_YEAR * yearsBeforeEnd) * (1 + random.nextGaussian() * 0.02);
            double cashShare = Math.min(1.2, Math.max(0.45, 0.83 + random.nextGaussian() * 0.06));
            double cash = btc * cashShare;
            double allin = cash * (1.75 + random.nextDouble() * 0.2);
            out.add(new SectorMetricsRecord(days.get(i), money(btc), BigDecimal.valueOf(Math.round(hashrate * 100), 2),
                    money(cash), money(allin)));
        }
        return out;
    }

    private static BigDecimal price(double v) {
        return BigDecimal.valueOf(Math.max(1, Math.round(v * 10_000)), 4);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(Math.round(v * 100), 2);
    }
}
