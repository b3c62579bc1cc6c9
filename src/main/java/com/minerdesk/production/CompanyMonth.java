package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One company's current report for a month with what its figures need: last month's report (null
 * when there is none) and the network's month. Each computed figure is a {@link Figure}: its value,
 * or the reason it has none.
 */
public record CompanyMonth(String ticker, String name, MonthlyReportsRecord report, MonthlyReportsRecord previous,
        NetworkMonth network, List<Restatement> restatements) {
    static final String REPORTED = "reported average";
    static final String MEAN = "mean of month ends";

    /** The month's average operating EH/s: the reported one, else the mean of last and this month end. */
    public Figure avgOperatingEhs() {
        if (report.getAvgOperatingEhs() != null) {
            return Figure.of(report.getAvgOperatingEhs(), null);
        }
        if (report.getOperatingEhs() == null) {
            return Figure.of(null, "no operating hash rate reported");
        }
        return Figure.of(ProductionFormulas.meanOperatingEhs(before(MonthlyReportsRecord::getOperatingEhs),
                report.getOperatingEhs()), "no average reported and no operating hash rate at last month's end");
    }

    /** Where the average comes from, in words, or null when there is none. */
    public String avgOperatingBasis() {
        if (!avgOperatingEhs().known()) {
            return null;
        }
        return report.getAvgOperatingEhs() != null ? REPORTED : MEAN;
    }

    public Figure btcPerEhs() {
        Figure avg = avgOperatingEhs();
        return Figure.of(ProductionFormulas.btcPerEhs(report.getBtcProduced(), avg.value()),
                report.getBtcProduced() == null ? "no BTC produced reported" : avg.reason());
    }

    public Figure realizedEhs() {
        if (!network.complete()) {
            return Figure.of(null, network.missingReason());
        }
        return Figure.of(ProductionFormulas.realizedEhs(report.getBtcProduced(), network.rewardBtc(), network.avgEhs()),
                "no BTC produced reported");
    }

    public Figure realizationRate() {
        Figure realized = realizedEhs();
        Figure avg = avgOperatingEhs();
        return Figure.of(ProductionFormulas.realizationRate(realized.value(), avg.value()),
                realized.known() ? avg.reason() : realized.reason());
    }

    public Figure networkShare() {
        if (!network.complete()) {
            return Figure.of(null, network.missingReason());
        }
        Figure avg = avgOperatingEhs();
        return Figure.of(ProductionFormulas.networkShare(avg.value(), network.avgEhs()), avg.reason());
    }

    public Figure producedChange() {
        return Figure.of(ProductionFormulas.change(before(MonthlyReportsRecord::getBtcProduced),
                report.getBtcProduced()), noComparison());
    }

    public Figure operatingChange() {
        return Figure.of(ProductionFormulas.change(before(MonthlyReportsRecord::getOperatingEhs),
                report.getOperatingEhs()), noComparison());
    }

    public Figure hodlChangeBtc() {
        return Figure.of(ProductionFormulas.hodlChangeBtc(before(MonthlyReportsRecord::getBtcHeld),
                report.getBtcHeld()), noComparison());
    }

    /** The restatements of one figure ("BTC produced"), newest first. */
    public List<Restatement> restated(String figure) {
        return restatements.stream().filter(r -> r.figure().equals(figure)).toList();
    }

    private String noComparison() {
        return previous == null ? "no report for the month before" : "not reported in both months";
    }

    private BigDecimal before(Function<MonthlyReportsRecord, BigDecimal> figure) {
        return previous == null ? null : figure.apply(previous);
    }
}
