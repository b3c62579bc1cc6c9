package com.minerdesk.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A week's biggest gainers ({@code top}, biggest gain first) and decliners ({@code bottom},
 * biggest loss first), as many of each and never the same company in both. A company without a
 * change that week is not a mover.
 */
public record Movers(List<CompanyWeek> top, List<CompanyWeek> bottom) {
    private static final Comparator<CompanyWeek> BIGGEST_GAIN_FIRST =
            Comparator.comparing(CompanyWeek::change).reversed().thenComparing(CompanyWeek::ticker);

    /** The top and bottom {@code n} of a week's rows, in any order. */
    public static Movers of(List<CompanyWeek> week, int n) {
        List<CompanyWeek> ranked = week.stream().filter(r -> r.change() != null).sorted(BIGGEST_GAIN_FIRST).toList();
        int each = Math.min(n, ranked.size() / 2);
        List<CompanyWeek> bottom = new ArrayList<>(ranked.subList(ranked.size() - each, ranked.size()));
        Collections.reverse(bottom);
        return new Movers(ranked.subList(0, each), List.copyOf(bottom));
    }

    public boolean isEmpty() {
        return top.isEmpty();
    }
}
