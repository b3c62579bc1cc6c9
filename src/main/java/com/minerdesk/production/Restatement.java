package com.minerdesk.production;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** An earlier version of a figure: its value, the day it was published (or entered) and its source. */
public record Restatement(String figure, BigDecimal earlier, String unit, LocalDate on, String sourceUrl, boolean sample) {

    /** A reported figure that a later version may restate. */
    record Fact(String label, String unit, Function<MonthlyReportsRecord, BigDecimal> value) {
    }

    static final List<Fact> FACTS = List.of(
            new Fact("BTC produced", "BTC", MonthlyReportsRecord::getBtcProduced),
            new Fact("BTC held", "BTC", MonthlyReportsRecord::getBtcHeld),
            new Fact("BTC sold", "BTC", MonthlyReportsRecord::getBtcSold),
            new Fact("Installed hash rate", "EH/s", MonthlyReportsRecord::getInstalledEhs),
            new Fact("Operating hash rate", "EH/s", MonthlyReportsRecord::getOperatingEhs),
            new Fact("Average operating hash rate", "EH/s", MonthlyReportsRecord::getAvgOperatingEhs),
            new Fact("Efficiency", "J/TH", MonthlyReportsRecord::getEfficiencyJth),
            new Fact("Energized power", "MW", MonthlyReportsRecord::getEnergizedMw),
            new Fact("Pipeline power", "MW", MonthlyReportsRecord::getPipelineMw));
}
