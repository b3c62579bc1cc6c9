package com.minerdesk.desk.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * What committing a file would do, computed over the would-be data and then rolled back: the row
 * plan, the market weeks with new or changed rows, the weekly figures that would change (counts,
 * and the first {@link ImportPlan#SAMPLE} of each list), and for daily bars the coverage of the
 * listed companies per date and week and the bars that jump by more than half from the previous one.
 */
public record ImportPreview(
        ImportPlan plan,
        List<LocalDate> weeksAffected,
        int sectorChangeCount,
        List<WeeklyEffect> sectorChanges,
        int companyChangeCount,
        List<WeeklyEffect> companyChanges,
        CoverageCheck.Result coverage,
        JumpCheck.Result jumps) {

    static ImportPreview of(ImportPlan plan, List<LocalDate> weeks, List<WeeklyEffect> sector, List<WeeklyEffect> company,
            CoverageCheck.Result coverage, JumpCheck.Result jumps) {
        return new ImportPreview(plan, weeks, sector.size(), head(sector), company.size(), head(company), coverage, jumps);
    }

    private static <T> List<T> head(List<T> all) {
        return List.copyOf(all.subList(0, Math.min(all.size(), ImportPlan.SAMPLE)));
    }
}
