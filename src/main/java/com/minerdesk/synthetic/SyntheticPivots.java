package com.minerdesk.synthetic;

import com.minerdesk.db.generated.tables.records.PivotEventsRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Sample AI/HPC pivot events, about one every three weeks, more of them in the later years. */
final class SyntheticPivots {
    private static final String[] KINDS = {"lease", "hosting", "investment", "financing", "m_and_a", "other"};
    private static final String[] COUNTERPARTIES = {"Sample hyperscaler A", "Sample GPU cloud B", "Sample AI lab C",
        "Sample chip-cooling start-up D", "Sample infrastructure fund E", "Sample utility F"};

    private SyntheticPivots() {
    }

    static List<PivotEventsRecord> events(List<Long> companyIds, List<LocalDate> days, int weeks, Random random) {
        int count = Math.max(3, weeks / 3);
        List<PivotEventsRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // the square root skews dates towards the end of the period, when the pivot took off
            int dayIndex = (int) Math.min(days.size() - 1, Math.sqrt(random.nextDouble()) * days.size());
            String kind = KINDS[random.nextInt(KINDS.length)];
            String counterparty = COUNTERPARTIES[random.nextInt(COUNTERPARTIES.length)];
            int megawatts = 10 + random.nextInt(49) * 10;
            long amount = (long) (megawatts * (5 + random.nextInt(40)) * 1_000_000L);
            PivotEventsRecord r = new PivotEventsRecord();
            r.setCompanyId(companyIds.get(random.nextInt(companyIds.size())));
            r.setEventDate(days.get(dayIndex));
            r.setDatePrecision("day");
            r.setCounterparty(counterparty);
            r.setKind(kind);
            r.setAmountUsd(amount);
            r.setCapacityMw(BigDecimal.valueOf(megawatts).setScale(1));
            r.setSummary("Sample event: a " + kind.replace('_', ' ') + " with " + counterparty + " covering about "
                    + megawatts + " MW. Generated for load testing; not a reported deal.");
            r.setSourceName("Synthetic sample data");
            r.setSourceUrl("https://example.com/minerdesk-sample-data");
            out.add(r);
        }
        return out;
    }
}
