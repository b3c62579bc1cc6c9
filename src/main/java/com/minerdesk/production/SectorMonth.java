package com.minerdesk.production;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One month across the sector: every reporting company's row, the network's month and the totals
 * (sums of what was reported; the public miners' share = their summed average operating EH/s ÷
 * network average EH/s, over the companies with an average).
 */
public record SectorMonth(YearMonth month, List<CompanyMonth> rows, NetworkMonth network, int companiesListed) {

    public int reported() {
        return rows.size();
    }

    public boolean sample() {
        return rows.stream().anyMatch(r -> r.report().getSample());
    }

    public BigDecimal btcProduced() {
        return sum(r -> r.report().getBtcProduced());
    }

    public BigDecimal btcHeld() {
        return sum(r -> r.report().getBtcHeld());
    }

    public BigDecimal operatingEhs() {
        return sum(r -> r.report().getOperatingEhs());
    }

    public BigDecimal avgOperatingEhs() {
        return sum(r -> r.avgOperatingEhs().value());
    }

    public Figure publicShare() {
        if (!network.complete()) {
            return Figure.of(null, network.missingReason());
        }
        return Figure.of(ProductionFormulas.networkShare(avgOperatingEhs(), network.avgEhs()),
                "no company has an average operating hash rate");
    }

    private BigDecimal sum(Function<CompanyMonth, BigDecimal> f) {
        return rows.stream().map(f).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
