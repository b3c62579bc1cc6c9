package com.minerdesk.production;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The sort keys of the production table ({@code ?sort=…&dir=asc|desc}); missing figures sort last. */
public enum ProductionSort {
    TICKER("Ticker", null),
    PRODUCED("BTC produced", r -> r.report().getBtcProduced()),
    HELD("BTC held", r -> r.report().getBtcHeld()),
    HODL("HODL change", r -> r.hodlChangeBtc().value()),
    OPERATING("Operating EH/s", r -> r.report().getOperatingEhs()),
    AVERAGE("Average operating EH/s", r -> r.avgOperatingEhs().value()),
    PER_EHS("BTC per EH/s", r -> r.btcPerEhs().value()),
    REALIZED("Realized EH/s", r -> r.realizedEhs().value()),
    REALIZATION("Realization", r -> r.realizationRate().value()),
    SHARE("Network share", r -> r.networkShare().value()),
    EFFICIENCY("J/TH", r -> r.report().getEfficiencyJth());

    /** A column header: a link that sorts by it, and its current state for aria-sort. */
    public record Column(String label, boolean numeric, String href, String ariaSort) {
    }

    private final String label;
    private final Function<CompanyMonth, BigDecimal> value;

    ProductionSort(String label, Function<CompanyMonth, BigDecimal> value) {
        this.label = label;
        this.value = value;
    }

    public static Optional<ProductionSort> parse(String param) {
        if (param == null || param.isBlank()) {
            return Optional.of(TICKER);
        }
        for (ProductionSort s : values()) {
            if (s.param().equals(param.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean defaultAscending() {
        return this == TICKER;
    }

    public List<CompanyMonth> sorted(List<CompanyMonth> rows, boolean ascending) {
        Comparator<CompanyMonth> byTicker = Comparator.comparing(CompanyMonth::ticker);
        Comparator<CompanyMonth> order;
        if (value == null) {
            order = ascending ? byTicker : byTicker.reversed();
        } else {
            Comparator<BigDecimal> numbers = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
            order = Comparator.comparing(value, Comparator.nullsLast(numbers)).thenComparing(byTicker);
        }
        return rows.stream().sorted(order).toList();
    }

    /** Every column's header for a table at {@code path}, sorted by {@code current}. */
    public static List<Column> columns(String path, ProductionSort current, boolean ascending) {
        List<Column> out = new ArrayList<>();
        for (ProductionSort s : values()) {
            boolean active = s == current;
            boolean next = active ? !ascending : s.defaultAscending();
            out.add(new Column(s.label, s != TICKER, path + "?sort=" + s.param() + "&dir=" + (next ? "asc" : "desc"),
                    active ? (ascending ? "ascending" : "descending") : null));
        }
        return out;
    }
}
