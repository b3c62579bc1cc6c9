package com.minerdesk.market;

import com.minerdesk.charts.AxisFormats;
import com.minerdesk.charts.ChartWidth;
import com.minerdesk.charts.DivergingColumnChart;
import com.minerdesk.charts.EventMarker;
import com.minerdesk.charts.HorizontalBarChart;
import com.minerdesk.charts.LineChart;
import com.minerdesk.charts.ResponsiveChart;
import com.minerdesk.charts.SeriesStyle;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The site's market charts over the market queries' records (drawn by the generic {@code charts} package), each returned as SVG markup that can be placed
 * in a page, a feed item or a write-up. Every chart is summarised in words in its {@code <desc>}.
 * {@code id} must be unique within the page that shows the chart; {@link ResponsiveChart} draws
 * both layouts of one chart for a page.
 */
public final class MarketCharts {
    private static final Fmt FMT = new Fmt(ZoneOffset.UTC);

    private MarketCharts() {
    }

    /** Total market cap of the sector at each week's close; {@code weeks} oldest first. */
    public static String sectorCap(String id, List<WeekSummary> weeks, ChartWidth width) {
        requireData(weeks);
        WeekSummary first = weeks.get(0);
        WeekSummary last = weeks.get(weeks.size() - 1);
        WeekSummary high = weeks.stream().max(Comparator.comparingLong(WeekSummary::capEnd)).orElseThrow();
        WeekSummary low = weeks.stream().min(Comparator.comparingLong(WeekSummary::capEnd)).orElseThrow();
        String summary = "Total market cap of the listed miners at the close of each of the last " + weeks.size()
                + " market weeks, from the week ending " + FMT.day(first.weekEnd()) + " to the week ending "
                + FMT.day(last.weekEnd()) + ": from " + FMT.compact(first.capEnd()) + " to " + FMT.compact(last.capEnd())
                + ". Highest "
                + FMT.compact(high.capEnd()) + " in the week ending " + FMT.day(high.weekEnd()) + ", lowest "
                + FMT.compact(low.capEnd()) + " in the week ending " + FMT.day(low.weekEnd()) + ".";
        LineChart chart = new LineChart(id, "Sector market cap by week", summary, weeks.size())
                .series(new LineChart.Series("Sector market cap at the week's close", "Cap",
                        weeks.stream().map(w -> BigDecimal.valueOf(w.capEnd())).toList(), SeriesStyle.FIRST))
                .axisFormat(AxisFormats::usd)
                .valueFormat(FMT::compact)
                .axisTitle("USD, week ending");
        for (int i = 0; i < weeks.size(); i++) {
            chart.xLabel(i, FMT.shortDay(weeks.get(i).weekEnd()));
        }
        return chart.width(width).render();
    }

    /** How many miners rose and fell in each week; {@code weeks} oldest first. */
    public static String gainersDecliners(String id, List<WeekSummary> weeks, ChartWidth width) {
        requireData(weeks);
        WeekSummary last = weeks.get(weeks.size() - 1);
        WeekSummary mostUp = weeks.stream().max(Comparator.comparingInt(WeekSummary::gainers)).orElseThrow();
        WeekSummary mostDown = weeks.stream().max(Comparator.comparingInt(WeekSummary::decliners)).orElseThrow();
        String summary = "Number of listed miners whose share price rose (gainers) and fell (decliners) in each of the last "
                + weeks.size() + " market weeks. In the week ending " + FMT.day(last.weekEnd()) + ", " + last.gainers()
                + " rose and " + last.decliners() + " fell. Most gainers: " + mostUp.gainers() + " in the week ending "
                + FMT.day(mostUp.weekEnd()) + "; most decliners: " + mostDown.decliners() + " in the week ending "
                + FMT.day(mostDown.weekEnd()) + ".";
        DivergingColumnChart chart = new DivergingColumnChart(id, "Gainers and decliners by week", summary,
                "Gainers", "Decliners");
        weeks.forEach(w -> chart.column(FMT.shortDay(w.weekEnd()), w.gainers(), w.decliners()));
        return chart.width(width).render();
    }

    /**
     * Every company's change in one week (close over the previous week's close), highest first, with
     * the sector's change (like with like) as a dashed line when there is one.
     */
    public static String weekChanges(String id, List<CompanyWeek> rows, SectorWeek sector, ChartWidth width) {
        List<CompanyWeek> sorted = rows.stream().filter(r -> r.change() != null)
                .sorted(Comparator.comparing(CompanyWeek::change).reversed().thenComparing(CompanyWeek::ticker))
                .toList();
        requireData(sorted);
        CompanyWeek top = sorted.get(0);
        CompanyWeek bottom = sorted.get(sorted.size() - 1);
        String summary = "Weekly share-price change of each of the " + sorted.size() + " listed miners in the week ending "
                + FMT.day(sector.weekEnd()) + ", from highest to lowest: " + sector.gainers() + " rose and " + sector.decliners() + " fell. Highest "
                + top.ticker() + " " + FMT.pct(top.change()) + ", lowest " + bottom.ticker() + " " + FMT.pct(bottom.change()) + "."
                + (sector.capChangePct() == null ? ""
                        : " The sector's market cap changed " + FMT.pct(sector.capChangePct()) + ", drawn as a dashed line.");
        HorizontalBarChart chart = new HorizontalBarChart(id, "Weekly change by company, week ending "
                + FMT.day(sector.weekEnd()), summary)
                .axisFormat(AxisFormats::percent)
                .valueFormat(FMT::pct)
                .legendLabels("Rose", "Fell");
        if (sector.capChangePct() != null) {
            chart.reference(sector.capChangePct(), "Sector");
        }
        sorted.forEach(r -> chart.bar(r.ticker(), r.change()));
        return chart.width(width).render();
    }

    /**
     * Daily closes of one company ({@code bars} oldest first), with thin lines between market weeks
     * and the company's pivot events that fall in the period numbered and listed under the plot.
     */
    public static String companyPriceLine(String id, Company company, List<DailyBar> bars, List<PivotEvent> events, ChartWidth width) {
        requireData(bars);
        DailyBar first = bars.get(0);
        DailyBar last = bars.get(bars.size() - 1);
        DailyBar high = bars.stream().max(Comparator.comparing(DailyBar::close)).orElseThrow();
        DailyBar low = bars.stream().min(Comparator.comparing(DailyBar::close)).orElseThrow();
        List<PivotEvent> inPeriod = events.stream()
                .filter(e -> !e.date().isBefore(first.date()) && !e.date().isAfter(last.date()))
                .sorted(Comparator.comparing(PivotEvent::date).thenComparing(PivotEvent::id))
                .toList();
        List<String> eventTexts = inPeriod.stream().map(e -> eventDate(e) + " · " + e.kindLabel() + " · " + e.counterparty()
                + (e.amountUsd() == null ? "" : " · " + FMT.compact(e.amountUsd()))).toList();
        StringBuilder summary = new StringBuilder("Daily closing price of ").append(company.name()).append(" (")
                .append(company.ticker()).append(") over ").append(bars.size()).append(" trading days from ")
                .append(FMT.day(first.date())).append(" to ").append(FMT.day(last.date())).append(": from ")
                .append(FMT.price(first.close())).append(" to ").append(FMT.price(last.close())).append(". Highest close ")
                .append(FMT.price(high.close())).append(" on ").append(FMT.day(high.date())).append(", lowest ")
                .append(FMT.price(low.close())).append(" on ").append(FMT.day(low.date()))
                .append(". Thin vertical lines separate the market weeks. ");
        if (inPeriod.isEmpty()) {
            summary.append("No AI/HPC pivot event of the company falls in this period.");
        } else {
            summary.append("AI/HPC pivot events marked: ");
            for (int i = 0; i < eventTexts.size(); i++) {
                summary.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(eventTexts.get(i));
            }
            summary.append('.');
        }
        LineChart chart = new LineChart(id, company.ticker() + " daily close", summary.toString(), bars.size());
        for (int i = 0; i < inPeriod.size(); i++) {
            chart.event(indexOnOrAfter(bars, inPeriod.get(i).date()), eventTexts.get(i));
        }
        for (int i = 0; i < bars.size(); i++) {
            boolean weekEnds = i == bars.size() - 1
                    || MarketWeek.number(bars.get(i + 1).date()) != MarketWeek.number(bars.get(i).date());
            if (weekEnds) {
                chart.xLabel(i, FMT.shortDay(bars.get(i).date()));
                if (i < bars.size() - 1) {
                    chart.boundary(i + 0.5);
                }
            }
        }
        return chart
                .series(new LineChart.Series("Daily close (USD)", company.ticker(),
                        bars.stream().map(DailyBar::close).toList(), SeriesStyle.FIRST))
                .boundaryLabel("Week boundary")
                .axisFormat(AxisFormats::usd)
                .valueFormat(FMT::price)
                .axisTitle("USD per share, week ending")
                .width(width)
                .render();
    }

    /** BTC price against the cash and all-in cost to produce one BTC; {@code weeks} oldest first. */
    public static String btcVsCost(String id, List<EconomicsWeek> weeks, ChartWidth width) {
        requireData(weeks);
        EconomicsWeek last = weeks.get(weeks.size() - 1);
        EconomicsWeek first = weeks.get(0);
        String summary = "BTC price at each week's last reading against the listed miners' average cost to produce one BTC, over "
                + weeks.size() + " weeks to " + FMT.day(last.weekEnd()) + ". Latest: BTC " + FMT.usd(last.btcClose())
                + ", cash cost " + FMT.usd(last.cashCost()) + " (margin " + FMT.pct(last.cashMargin()) + "), all-in cost "
                + FMT.usd(last.allinCost()) + " (margin " + FMT.pct(last.allinMargin()) + "). In the week ending "
                + FMT.day(first.weekEnd()) + ": BTC " + FMT.usd(first.btcClose()) + ", cash cost " + FMT.usd(first.cashCost())
                + ", all-in cost " + FMT.usd(first.allinCost()) + ".";
        LineChart chart = new LineChart(id, "BTC price against the cost to produce one BTC", summary, weeks.size())
                .series(new LineChart.Series("BTC price", "BTC", weeks.stream().map(EconomicsWeek::btcClose).toList(),
                        SeriesStyle.FIRST))
                .series(new LineChart.Series("All-in cost per BTC", "All-in",
                        weeks.stream().map(EconomicsWeek::allinCost).toList(), SeriesStyle.SECOND))
                .series(new LineChart.Series("Cash cost per BTC", "Cash", weeks.stream().map(EconomicsWeek::cashCost).toList(),
                        SeriesStyle.THIRD))
                .axisFormat(AxisFormats::usd)
                .valueFormat(FMT::usd)
                .axisTitle("USD per BTC, week ending");
        weekLabels(chart, weeks.stream().map(EconomicsWeek::weekEnd).toList());
        return chart.width(width).render();
    }

    /** The network hash rate at each week's last reading; {@code weeks} oldest first. */
    public static String hashrate(String id, List<EconomicsWeek> weeks, ChartWidth width) {
        requireData(weeks);
        EconomicsWeek first = weeks.get(0);
        EconomicsWeek last = weeks.get(weeks.size() - 1);
        EconomicsWeek high = weeks.stream().filter(w -> w.hashrateEhs() != null)
                .max(Comparator.comparing(EconomicsWeek::hashrateEhs)).orElse(last);
        String summary = "Bitcoin network hash rate at each week's last reading, over " + weeks.size() + " weeks from "
                + FMT.day(first.weekEnd()) + " to " + FMT.day(last.weekEnd()) + ": from " + FMT.hashrate(first.hashrateEhs())
                + " to " + FMT.hashrate(last.hashrateEhs()) + ", highest " + FMT.hashrate(high.hashrateEhs())
                + " in the week ending " + FMT.day(high.weekEnd()) + ".";
        LineChart chart = new LineChart(id, "Network hash rate", summary, weeks.size())
                .series(new LineChart.Series("Network hash rate (EH/s)", "",
                        weeks.stream().map(EconomicsWeek::hashrateEhs).toList(), SeriesStyle.FIRST))
                .axisFormat(AxisFormats::number)
                .valueFormat(FMT::hashrate)
                .axisTitle("EH/s, week ending");
        weekLabels(chart, weeks.stream().map(EconomicsWeek::weekEnd).toList());
        return chart.width(width).render();
    }

    private static void weekLabels(LineChart chart, List<LocalDate> weekEnds) {
        for (int i = 0; i < weekEnds.size(); i++) {
            chart.xLabel(i, FMT.shortDay(weekEnds.get(i)));
        }
    }

    private static String eventDate(PivotEvent e) {
        return switch (Objects.requireNonNullElse(e.datePrecision(), "day")) {
            case "month" -> FMT.month(e.date());
            case "week" -> "week of " + FMT.day(e.date());
            default -> FMT.day(e.date());
        };
    }

    private static int indexOnOrAfter(List<DailyBar> bars, LocalDate date) {
        for (int i = 0; i < bars.size(); i++) {
            if (!bars.get(i).date().isBefore(date)) {
                return i;
            }
        }
        return bars.size() - 1;
    }

    private static void requireData(List<?> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one row of data");
        }
    }
}
