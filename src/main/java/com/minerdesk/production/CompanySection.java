package com.minerdesk.production;

import com.minerdesk.charts.ResponsiveChart;
import java.util.List;

/**
 * A company page's production section: its months newest first, the production and hash-rate
 * charts (oldest first), and every figure a later version restated.
 */
public record CompanySection(String ticker, List<CompanyMonth> months, ResponsiveChart productionChart,
        ResponsiveChart hashRateChart, List<History> history) {

    /** One restated figure of one month. */
    public record History(java.time.LocalDate month, Restatement restatement, String nowSource) {
    }

    public boolean sample() {
        return months.stream().anyMatch(m -> m.report().getSample());
    }
}
