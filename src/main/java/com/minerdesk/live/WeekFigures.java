package com.minerdesk.live;

import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.SectorWeek;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.minerdesk.network.NetworkWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a write-up's figures can come from for one market week, loaded once per write-up:
 * the sector's figures, the miner table (biggest gain first), the economics of the week, the
 * network's seven days ending on its Friday, and the
 * known companies. {@code weekEnd} is null when there is no market data at all.
 */
public record WeekFigures(
        LocalDate weekEnd,
        SectorWeek sector,
        List<CompanyWeek> table,
        EconomicsWeek economics,
        NetworkWeek network,
        Map<String, Company> companies) {

    public boolean hasWeek() {
        return weekEnd != null && sector != null;
    }

    public boolean knows(String ticker) {
        return companies.containsKey(ticker);
    }

    public Optional<CompanyWeek> row(String ticker) {
        return table.stream().filter(r -> r.ticker().equals(ticker)).findFirst();
    }

    /**
     * A hash of every figure above: a stored fact-check stays valid while this is unchanged, and
     * is redone once a correction changes any figure of the week.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder().append(weekEnd).append('|').append(sector).append('|').append(economics).append('|').append(network);
        table.forEach(r -> s.append('|').append(r.ticker()).append(',').append(r.open()).append(',').append(r.close())
                .append(',').append(r.previousClose()).append(',').append(r.shares()).append(',').append(r.marketCap()));
        companies.keySet().stream().sorted().forEach(t -> s.append('|').append(t));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
