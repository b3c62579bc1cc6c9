package com.minerdesk.live;

import com.minerdesk.market.DailyBar;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A company's daily closes as a small inline SVG line with the write-up's week shaded. Written
 * here because the shared chart module had not landed; only presentation attributes are used, so
 * the page's content security policy needs no inline styles.
 */
final class PriceLineSvg {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private PriceLineSvg() {
    }

    static String render(String ticker, List<DailyBar> bars, LocalDate weekStart, LocalDate weekEnd, Fmt fmt) {
        String id = "live-chart-" + ticker.replaceAll("[^A-Za-z0-9]", "") + "-" + weekEnd;
        if (bars.isEmpty()) {
            return "<p class=\"empty\">No daily bars for " + Html.escape(ticker) + " around this week.</p>";
        }
        double min = bars.stream().map(DailyBar::close).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = bars.stream().map(DailyBar::close).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double pad = max == min ? Math.max(1, max * 0.05) : (max - min) * 0.08;
        double lo = Math.max(0, min - pad);
        double hi = max + pad;
        int n = bars.size();
        StringBuilder points = new StringBuilder();
        int firstInWeek = -1;
        int lastInWeek = -1;
        for (int i = 0; i < n; i++) {
            DailyBar b = bars.get(i);
            points.append(i == 0 ? "" : " ").append(num(x(i, n))).append(',').append(num(y(b.close().doubleValue(), lo, hi)));
            if (!b.date().isBefore(weekStart) && !b.date().isAfter(weekEnd)) {
                firstInWeek = firstInWeek < 0 ? i : firstInWeek;
                lastInWeek = i;
            }
        }
        DailyBar first = bars.get(0);
        DailyBar last = bars.get(n - 1);
        String label = ticker + " daily close from " + fmt.price(first.close()) + " on " + fmt.day(first.date())
                + " to " + fmt.price(last.close()) + " on " + fmt.day(last.date()) + "; low " + fmt.price(BigDecimal.valueOf(min))
                + ", high " + fmt.price(BigDecimal.valueOf(max));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"live-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("\">")
                .append("<title id=\"").append(id).append("\">").append(Html.escape(label)).append("</title>");
        if (firstInWeek >= 0) {
            double x0 = firstInWeek == 0 ? LEFT : (x(firstInWeek - 1, n) + x(firstInWeek, n)) / 2;
            double x1 = lastInWeek == n - 1 ? WIDTH - RIGHT : (x(lastInWeek, n) + x(lastInWeek + 1, n)) / 2;
            svg.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(TOP).append("\" width=\"").append(num(x1 - x0))
                    .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" fill=\"currentColor\" fill-opacity=\"0.12\"/>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>");
        axisLabel(svg, LEFT - 6, y(max, lo, hi) + 4, "end", fmt.price(BigDecimal.valueOf(max)));
        axisLabel(svg, LEFT - 6, y(min, lo, hi) + 4, "end", fmt.price(BigDecimal.valueOf(min)));
        axisLabel(svg, LEFT, HEIGHT - 8, "start", fmt.shortDay(first.date()));
        axisLabel(svg, WIDTH - RIGHT, HEIGHT - 8, "end", fmt.shortDay(last.date()));
        svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
                .append(points).append("\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static void axisLabel(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"12\" fill=\"currentColor\">").append(Html.escape(text)).append("</text>");
    }

    private static double x(int i, int n) {
        return n == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + (WIDTH - LEFT - RIGHT) * (double) i / (n - 1);
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - lo) / (hi - lo));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
