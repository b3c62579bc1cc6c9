package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * One company's current report for a month with what its figures need: last month's report and the
 * network's month. The computed figures are null when an input is missing; {@code whyMissing} says
 * which.
 */
public record CompanyMonth(String ticker, String name, MonthlyReportsRecord report, MonthlyReportsRecord previous,
        NetworkMonth network, List<Restatement> restatements) {

    /** The month's average operating EH/s: the reported one, else the mean of the two month ends. */
    public BigDecimal avgOperatingEhs() {
        if (report.getAvgOperatingEhs() != null) {
            return report.getAvgOperatingEhs();
        }
        return previous == null ? null : ProductionFormulas.meanOperatingEhs(previous.getOperatingEhs(), report.getOperatingEhs());
    }

    public String avgOperatingBasis() {
        if (report.getAvgOperatingEhs() != null) {
            return "reported";
        }
        return avgOperatingEhs() == null ? null : "mean of month ends";
    }

    public BigDecimal btcPerEhs() {
        return ProductionFormulas.btcPerEhs(report.getBtcProduced(), avgOperatingEhs());
    }

    public BigDecimal realizedEhs() {
        return ProductionFormulas.realizedEhs(report.getBtcProduced(), network.rewardBtc(), network.avgEhs());
    }

    public BigDecimal realizationRate() {
        return ProductionFormulas.realizationRate(realizedEhs(), avgOperatingEhs());
    }

    public BigDecimal networkShare() {
        return ProductionFormulas.networkShare(avgOperatingEhs(), network.avgEhs());
    }

    public BigDecimal producedChange() {
        return previous == null ? null : ProductionFormulas.change(previous.getBtcProduced(), report.getBtcProduced());
    }

    public BigDecimal operatingChange() {
        return previous == null ? null : ProductionFormulas.change(previous.getOperatingEhs(), report.getOperatingEhs());
    }

    public BigDecimal hodlChangeBtc() {
        return previous == null ? null : ProductionFormulas.hodlChangeBtc(previous.getBtcHeld(), report.getBtcHeld());
    }

    /** Why the per-EH/s figures are missing (null when shown). */
    public String whyNoAverage() {
        if (avgOperatingEhs() != null) {
            return null;
        }
        return previous == null || previous.getOperatingEhs() == null
                ? "no average reported and no operating hash rate for last month"
                : "no operating hash rate reported";
    }

    /** Why the network-based figures are missing (null when shown). */
    public String whyNoRealized() {
        if (!network.complete()) {
            return network.missingReason();
        }
        return report.getBtcProduced() == null ? "no BTC produced reported" : null;
    }
}
