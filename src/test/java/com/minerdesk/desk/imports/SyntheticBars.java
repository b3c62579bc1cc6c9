package com.minerdesk.desk.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic daily-bars CSV of many companies over many years, for size and speed checks. */
final class SyntheticBars {
    private SyntheticBars() {
    }

    static List<String> tickers(int companies) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= companies; i++) {
            out.add(String.format("SYN%03d", i));
        }
        return out;
    }

    /** Weekdays from {@code from} on, {@code days} of them. */
    static List<LocalDate> weekdays(LocalDate from, int days) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; out.size() < days; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }

    static String csv(List<String> tickers, List<LocalDate> days) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(days.size() * tickers.size() * 72);
        sb.append(CsvKind.DAILY_BARS.headerLine()).append("\r\n");
        for (String ticker : tickers) {
            double price = 5 + random.nextDouble() * 50;
            long shares = 50_000_000L + random.nextInt(400_000_000);
            for (LocalDate d : days) {
                double open = price;
                double close = Math.max(0.5, open * (1 + random.nextGaussian() * 0.03));
                double high = Math.max(open, close) * (1 + random.nextDouble() * 0.02);
                double low = Math.min(open, close) * (1 - random.nextDouble() * 0.02);
                sb.append(d).append(',').append(ticker).append(',')
                        .append(money(open)).append(',').append(money(high)).append(',')
                        .append(money(low)).append(',').append(money(close)).append(',')
                        .append(Math.round(close * (200_000 + random.nextInt(5_000_000)))).append(',')
                        .append(Math.round(close * shares)).append("\r\n");
                price = close;
            }
        }
        return sb.toString();
    }

    /** Rounded so that low ≤ open, close ≤ high still holds. */
    private static String money(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
