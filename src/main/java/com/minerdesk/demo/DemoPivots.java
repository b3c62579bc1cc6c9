package com.minerdesk.demo;

import java.time.LocalDate;
import java.util.List;

/** The AI/HPC pivot events reported up to the reference week (facts sheet), summarised in our words. */
final class DemoPivots {
    record Pivot(String ticker, LocalDate date, String precision, String counterparty, String kind, Long amountUsd,
            Double capacityMw, String summary, String sourceName, String sourceUrl) {
    }

    /** The demo events are summaries written for the demo, not checked against an announcement. */
    static final String SAMPLE = "Sample entry (demo data): summarised from public reports, no source linked";

    private DemoPivots() {
    }

    static List<Pivot> all() {
        return List.of(
            new Pivot("CORZ", LocalDate.of(2024, 6, 3), "day", "CoreWeave", "hosting", 3_500_000_000L, 200.0,
                "Twelve-year agreements to host CoreWeave's GPUs on about 200 MW of converted mining capacity.",
                SAMPLE, null),
            new Pivot("CORZ", LocalDate.of(2024, 10, 22), "day", "CoreWeave", "hosting", 8_700_000_000L, 500.0,
                "CoreWeave exercised its options, bringing the contracts to about 500 MW of critical IT load over six sites.",
                SAMPLE, null),
            new Pivot("APLD", LocalDate.of(2025, 6, 1), "month", "CoreWeave", "lease", 7_000_000_000L, 250.0,
                "Leases for 250 MW at the Polaris Forge 1 campus in North Dakota.",
                SAMPLE, null),
            new Pivot("APLD", LocalDate.of(2025, 8, 1), "month", "CoreWeave", "lease", 11_000_000_000L, 400.0,
                "Expansion of the Polaris Forge 1 leases to 400 MW in total.",
                SAMPLE, null),
            new Pivot("WULF", LocalDate.of(2025, 8, 14), "day", "Fluidstack (Google backstop)", "lease", 3_700_000_000L, 200.0,
                "Two ten-year leases at Lake Mariner, New York, for more than 200 MW, with Google backing part of the obligations.",
                SAMPLE, null),
            new Pivot("CIFR", LocalDate.of(2025, 9, 1), "month", "Fluidstack (Google backstop)", "lease", 3_000_000_000L, 168.0,
                "Ten-year lease of 168 MW at Barber Lake, Texas.",
                SAMPLE, null),
            new Pivot("APLD", LocalDate.of(2025, 10, 1), "month", "Investment-grade hyperscaler", "lease", 5_000_000_000L, 200.0,
                "Lease of 200 MW at Polaris Forge 2 with an unnamed investment-grade hyperscaler.",
                SAMPLE, null),
            new Pivot("CORZ", LocalDate.of(2025, 10, 30), "day", "CoreWeave", "m_and_a", 9_000_000_000L, null,
                "Shareholders rejected CoreWeave's all-stock offer to acquire the company.",
                SAMPLE, null),
            new Pivot("IREN", LocalDate.of(2025, 11, 3), "day", "Microsoft", "hosting", 9_700_000_000L, 200.0,
                "Five-year AI cloud contract for GB300 capacity at Childress, Texas.",
                SAMPLE, null),
            new Pivot("CIFR", LocalDate.of(2025, 11, 3), "day", "Amazon Web Services", "lease", 5_500_000_000L, 300.0,
                "Fifteen-year lease of 300 MW.",
                SAMPLE, null),
            new Pivot("APLD", LocalDate.of(2025, 11, 24), "week", "Corintis", "investment", 25_000_000L, null,
                "Led a $25 M funding round in Corintis, a Swiss maker of cooling technology for AI chips.",
                "Reported in the sector coverage of the week ending 28 Nov 2025 (facts sheet); no source linked", null));
    }
}
