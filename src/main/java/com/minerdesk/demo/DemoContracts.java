package com.minerdesk.demo;

import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.ImportActor;
import com.minerdesk.contracts.ContractLedger;
import com.minerdesk.contracts.ContractTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Sample AI/HPC contracts derived from the demo pivot events ({@link DemoPivots}): each names the
 * event it comes from, and an event that enlarged an earlier deal is a second version of it. Marked
 * sample like the events: no source is linked, and a figure the summary does not give is left out.
 */
final class DemoContracts {
    record Demo(String ref, String ticker, String counterparty, LocalDate pivotDate, List<ContractTerms> versions) {
    }

    private DemoContracts() {
    }

    static List<Demo> all() {
        return List.of(
            new Demo("CORZ-CRWV-2024", "CORZ", "CoreWeave", LocalDate.of(2024, 6, 3), List.of(
                terms("signed", LocalDate.of(2024, 6, 3), null, 200, 12, 3_500_000_000L, null),
                terms("energizing", LocalDate.of(2024, 10, 22), null, 500, 12, 8_700_000_000L, null))),
            new Demo("APLD-CRWV-PF1", "APLD", "CoreWeave", LocalDate.of(2025, 6, 1), List.of(
                terms("signed", LocalDate.of(2025, 6, 1), "Polaris Forge 1, North Dakota", 250, null, 7_000_000_000L, null),
                terms("signed", LocalDate.of(2025, 8, 1), "Polaris Forge 1, North Dakota", 400, null, 11_000_000_000L, null))),
            new Demo("WULF-FLUID-2025", "WULF", "Fluidstack", LocalDate.of(2025, 8, 14), List.of(
                terms("signed", LocalDate.of(2025, 8, 14), "Lake Mariner, New York", 200, 10, 3_700_000_000L, "Google"))),
            new Demo("CIFR-FLUID-2025", "CIFR", "Fluidstack", LocalDate.of(2025, 9, 1), List.of(
                terms("signed", LocalDate.of(2025, 9, 1), "Barber Lake, Texas", 168, 10, 3_000_000_000L, "Google"))),
            new Demo("APLD-HYPER-PF2", "APLD", "Investment-grade hyperscaler", LocalDate.of(2025, 10, 1), List.of(
                terms("signed", LocalDate.of(2025, 10, 1), "Polaris Forge 2, North Dakota", 200, null, 5_000_000_000L, null))),
            new Demo("IREN-MSFT-2025", "IREN", "Microsoft", LocalDate.of(2025, 11, 3), List.of(
                terms("signed", LocalDate.of(2025, 11, 3), "Childress, Texas", 200, 5, 9_700_000_000L, null))),
            new Demo("CIFR-AWS-2025", "CIFR", "Amazon Web Services", LocalDate.of(2025, 11, 3), List.of(
                terms("announced", LocalDate.of(2025, 11, 3), null, 300, 15, 5_500_000_000L, null))));
    }

    /** Loads the sample contracts as one entry of the import log; {@code pivotIds} by ticker and event date. */
    static void load(DSLContext tx, Map<String, Long> companyIds, Map<String, Long> pivotIds) {
        OffsetDateTime at = DemoPrices.REFERENCE_WEEK_END.atTime(18, 0).atOffset(ZoneOffset.UTC);
        List<Demo> all = all();
        int versions = all.stream().mapToInt(d -> d.versions().size()).sum();
        long entry = ContractLedger.entry(tx, new ImportActor(null, "Demo data"), "demo data", ChangeOperation.IMPORT, versions,
                all.size(), LocalDate.of(2024, 6, 3), LocalDate.of(2025, 11, 3), at);
        for (Demo d : all) {
            long id = ContractLedger.create(tx, entry, at, companyIds.get(d.ticker()), d.ref(), d.counterparty(),
                    pivotIds.get(d.ticker() + " " + d.pivotDate()), d.versions().get(0));
            for (ContractTerms later : d.versions().subList(1, d.versions().size())) {
                ContractLedger.restate(tx, entry, at, id, later);
            }
        }
    }

    private static ContractTerms terms(String status, LocalDate date, String site, int criticalItMw, Integer termYears,
            long valueUsd, String backstop) {
        return new ContractTerms(status, date, site, BigDecimal.valueOf(criticalItMw), null,
                termYears == null ? null : BigDecimal.valueOf(termYears), valueUsd, null, null, backstop, null, null, null, true);
    }
}
