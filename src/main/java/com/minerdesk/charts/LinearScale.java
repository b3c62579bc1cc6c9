package com.minerdesk.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a numeric domain onto a pixel range. {@link #nice} widens the domain to round tick values
 * (1, 2, 2.5 or 5 times a power of ten) so that axes read "0, 20, 40" rather than "0, 17.3, 34.6".
 */
public record LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd, List<BigDecimal> ticks) {

    /**
     * A scale over at least [min, max], with about {@code targetTicks} intervals between round ticks.
     * When {@code min == max} the domain is widened around the single value.
     */
    public static LinearScale nice(double min, double max, int targetTicks, double rangeStart, double rangeEnd) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("domain must be finite and ordered: " + min + ".." + max);
        }
        if (targetTicks < 1) {
            throw new IllegalArgumentException("at least one tick interval");
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        BigDecimal step = niceStep(max - min, targetTicks);
        long first = (long) Math.floor(min / step.doubleValue() + 1e-9);
        long last = (long) Math.ceil(max / step.doubleValue() - 1e-9);
        List<BigDecimal> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(step.multiply(BigDecimal.valueOf(i)).stripTrailingZeros());
        }
        return new LinearScale(ticks.get(0).doubleValue(), ticks.get(ticks.size() - 1).doubleValue(),
                rangeStart, rangeEnd, List.copyOf(ticks));
    }

    /** The round step (1, 2, 2.5 or 5 × 10^k) nearest above {@code span / targetTicks}. */
    static BigDecimal niceStep(double span, int targetTicks) {
        double raw = span / targetTicks;
        int exponent = (int) Math.floor(Math.log10(raw));
        double fraction = raw / Math.pow(10, exponent);
        BigDecimal nice;
        if (fraction <= 1.0 + 1e-9) {
            nice = BigDecimal.ONE;
        } else if (fraction <= 2.0 + 1e-9) {
            nice = BigDecimal.valueOf(2);
        } else if (fraction <= 2.5 + 1e-9) {
            nice = new BigDecimal("2.5");
        } else if (fraction <= 5.0 + 1e-9) {
            nice = BigDecimal.valueOf(5);
        } else {
            nice = BigDecimal.TEN;
        }
        return nice.scaleByPowerOfTen(exponent);
    }

    public double map(double value) {
        double t = (value - domainMin) / (domainMax - domainMin);
        return rangeStart + t * (rangeEnd - rangeStart);
    }
}
