package com.minerdesk.production;

import com.minerdesk.charts.AxisFormats;
import com.minerdesk.charts.ChartWidth;
import com.minerdesk.charts.LineChart;
import com.minerdesk.charts.SeriesStyle;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The company page's production charts: BTC produced by month, and operating against realized hash rate. */
final class ProductionCharts {
    private static final Fmt FMT = new Fmt(ZoneOffset.UTC);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yy", Locale.US);

    private ProductionCharts() {
    }

    static String production(String id, String ticker, List<CompanyMonth> oldestFirst, ChartWidth width) {
        List<BigDecimal> produced = oldestFirst.stream().map(m -> m.report().getBtcProduced()).toList();
        String summary = ticker + "'s BTC produced in each of " + oldestFirst.size() + " months, from " + span(oldestFirst)
                + "; the latest month " + btc(produced.get(produced.size() - 1)) + ".";
        LineChart chart = new LineChart(id, ticker + " BTC produced by month", summary, oldestFirst.size())
                .series(new LineChart.Series("BTC produced", "", produced, SeriesStyle.FIRST))
                .axisFormat(AxisFormats::number).valueFormat(ProductionCharts::btc).axisTitle("BTC, month");
        return labelled(chart, oldestFirst).width(width).render();
    }

    static String hashRate(String id, String ticker, List<CompanyMonth> oldestFirst, ChartWidth width) {
        String summary = ticker + "'s operating hash rate at each month end and its realized hash rate (what it mined, at the "
                + "network's average) over " + oldestFirst.size() + " months, from " + span(oldestFirst)
                + "; a gap is a month without the figure.";
        LineChart chart = new LineChart(id, ticker + " operating and realized hash rate", summary, oldestFirst.size())
                .series(new LineChart.Series("Operating EH/s", "operating",
                        oldestFirst.stream().map(m -> m.report().getOperatingEhs()).toList(), SeriesStyle.FIRST))
                .series(new LineChart.Series("Realized EH/s", "realized",
                        oldestFirst.stream().map(m -> m.realizedEhs().value()).toList(), SeriesStyle.SECOND))
                .axisFormat(AxisFormats::number).valueFormat(v -> FMT.number(v, 1) + " EH/s").axisTitle("EH/s, month");
        return labelled(chart, oldestFirst).width(width).render();
    }

    private static LineChart labelled(LineChart chart, List<CompanyMonth> months) {
        for (int i = 0; i < months.size(); i++) {
            chart.xLabel(i, LABEL.format(months.get(i).report().getReportMonth()));
        }
        return chart;
    }

    private static String span(List<CompanyMonth> months) {
        return FMT.month(months.get(0).report().getReportMonth()) + " to "
                + FMT.month(months.get(months.size() - 1).report().getReportMonth());
    }

    private static String btc(BigDecimal v) {
        return v == null ? "not reported" : FMT.number(v, 1) + " BTC";
    }
}
