package com.minerdesk.network;

import com.minerdesk.charts.AxisFormats;
import com.minerdesk.charts.ChartWidth;
import com.minerdesk.charts.LineChart;
import com.minerdesk.charts.SeriesStyle;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The charts of {@code /network}, over {@link NetworkDay} rows oldest first, each summarised in words. */
final class NetworkCharts {
    private static final Fmt FMT = new Fmt(ZoneOffset.UTC);
    private static final int LABELS = 7;

    private NetworkCharts() {
    }

    static String hashprice(String id, List<NetworkDay> days, ChartWidth width) {
        List<NetworkDay> priced = days.stream().filter(d -> d.hashpriceUsdPerPhDay() != null).toList();
        String summary = priced.isEmpty() ? "No day in the period has a BTC price, so there is no hashprice in USD."
                : "Hashprice, the revenue of one PH/s of hash rate for one day in USD, from " + FMT.day(priced.get(0).day())
                        + " to " + FMT.day(priced.get(priced.size() - 1).day()) + ": from " + usd(priced.get(0)) + " to "
                        + usd(priced.get(priced.size() - 1)) + ", highest " + usd(max(priced, NetworkDay::hashpriceUsdPerPhDay))
                        + " on " + FMT.day(max(priced, NetworkDay::hashpriceUsdPerPhDay).day()) + ", lowest "
                        + usd(min(priced, NetworkDay::hashpriceUsdPerPhDay)) + " on "
                        + FMT.day(min(priced, NetworkDay::hashpriceUsdPerPhDay).day()) + "."
                        + (priced.size() < days.size() ? " " + (days.size() - priced.size())
                                + " days without a BTC price are left as gaps." : "");
        return line(id, "Hashprice (USD per PH/s per day)", summary, days, NetworkDay::hashpriceUsdPerPhDay,
                "USD per PH/s per day", AxisFormats::usd, v -> "$" + FMT.number(v, 2), width);
    }

    static String hashrate(String id, List<NetworkDay> days, ChartWidth width) {
        NetworkDay first = days.get(0);
        NetworkDay last = days.get(days.size() - 1);
        long estimated = days.stream().filter(NetworkDay::hashrateEstimated).count();
        String summary = "Network hash rate by day in EH/s, from " + FMT.day(first.day()) + " to " + FMT.day(last.day())
                + ": from " + FMT.hashrate(first.hashrateEhs()) + " to " + FMT.hashrate(last.hashrateEhs()) + ", highest "
                + FMT.hashrate(max(days, NetworkDay::hashrateEhs).hashrateEhs()) + " on "
                + FMT.day(max(days, NetworkDay::hashrateEhs).day()) + ". "
                + (estimated == 0 ? "Every day's figure is the source's."
                        : estimated + " of the " + days.size() + " days are estimated from difficulty and blocks found.");
        return line(id, "Network hash rate (EH/s)", summary, days, NetworkDay::hashrateEhs, "EH/s", AxisFormats::number,
                FMT::hashrate, width);
    }

    static String fees(String id, List<NetworkDay> days, ChartWidth width) {
        NetworkDay most = max(days, NetworkDay::feesBtc);
        String summary = "Transaction fees paid to miners per day in BTC, from " + FMT.day(days.get(0).day()) + " to "
                + FMT.day(days.get(days.size() - 1).day()) + ": highest " + FMT.number(most.feesBtc(), 2) + " BTC on "
                + FMT.day(most.day()) + ", lowest " + FMT.number(min(days, NetworkDay::feesBtc).feesBtc(), 2) + " BTC on "
                + FMT.day(min(days, NetworkDay::feesBtc).day()) + ".";
        return line(id, "Fees paid to miners (BTC per day)", summary, days, NetworkDay::feesBtc, "BTC per day",
                AxisFormats::number, v -> FMT.number(v, 2) + " BTC", width);
    }

    private static String line(String id, String title, String summary, List<NetworkDay> days,
            Function<NetworkDay, BigDecimal> value, String axisTitle, Function<BigDecimal, String> axis,
            Function<BigDecimal, String> format, ChartWidth width) {
        LineChart chart = new LineChart(id, title, summary, days.size())
                .series(new LineChart.Series(title, "", days.stream().map(value).map(NetworkCharts::rounded).toList(),
                        SeriesStyle.FIRST))
                .axisFormat(axis)
                .valueFormat(format)
                .axisTitle(axisTitle + ", UTC day");
        int step = Math.max(1, days.size() / LABELS);
        for (int i = 0; i < days.size(); i += step) {
            chart.xLabel(i, FMT.shortDay(days.get(i).day()));
        }
        return chart.width(width).render();
    }

    private static BigDecimal rounded(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }

    private static String usd(NetworkDay d) {
        return "$" + FMT.number(d.hashpriceUsdPerPhDay(), 2);
    }

    private static NetworkDay max(List<NetworkDay> days, Function<NetworkDay, BigDecimal> f) {
        return days.stream().filter(d -> f.apply(d) != null).max(Comparator.comparing(f)).orElseThrow();
    }

    private static NetworkDay min(List<NetworkDay> days, Function<NetworkDay, BigDecimal> f) {
        return days.stream().filter(d -> Objects.nonNull(f.apply(d))).min(Comparator.comparing(f)).orElseThrow();
    }
}
