package com.minerdesk.synthetic;

import com.minerdesk.db.generated.tables.records.CompaniesRecord;
import com.minerdesk.demo.DemoCompany;
import com.minerdesk.demo.DemoUniverse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 34 listed miners of the facts sheet, then made-up companies (tickers SY001, SY002, …, each
 * profile saying it is synthetic) up to the requested count. About one in five made-up companies
 * lists part-way through the period.
 */
final class SyntheticUniverse {
    private static final String[] FIRST = {"Boreal", "Granite", "Helix", "Ridge", "Summit", "Aurora", "Cobalt",
        "Falcon", "Harbor", "Juniper", "Keystone", "Lumen", "Meridian", "Orion", "Pioneer", "Quarry", "Redwood",
        "Tundra", "Vector", "Windward"};
    private static final String[] SECOND = {"Hash", "Grid", "Compute", "Power", "Digital"};
    private static final String[] COUNTRIES = {"United States", "Canada", "United States", "Norway", "Paraguay",
        "United States", "Iceland", "Canada"};
    private static final String[] STATUSES = {"none", "none", "exploring", "contracted", "operating"};

    private SyntheticUniverse() {
    }

    private static CompaniesRecord listing(String ticker, String name, String exchange, String country, String website,
            String status, String profile) {
        CompaniesRecord r = new CompaniesRecord();
        r.setTicker(ticker);
        r.setName(name);
        r.setExchange(exchange);
        r.setCountry(country);
        r.setWebsite(website);
        r.setAiHpcStatus(status);
        r.setProfile(profile);
        return r;
    }

    static List<SyntheticCompany> companies(int count, int tradingDays, Random random) {
        List<SyntheticCompany> out = new ArrayList<>(count);
        for (DemoCompany c : DemoUniverse.companies()) {
            if (out.size() == count) {
                return out;
            }
            out.add(new SyntheticCompany(listing(c.ticker(), c.name(), c.exchange(), c.country(), c.website(),
                    c.status(), c.profile()), c.capBillions(), c.referenceOpen() * (0.4 + random.nextDouble()),
                    0.6 + random.nextDouble() * 0.8, 0.02 + random.nextDouble() * 0.02, 0));
        }
        for (int n = 1; out.size() < count; n++) {
            String name = FIRST[(n - 1) % FIRST.length] + " " + SECOND[((n - 1) / FIRST.length) % SECOND.length]
                    + (n > FIRST.length * SECOND.length ? " " + n : "") + " (sample)";
            boolean lateListing = random.nextInt(5) == 0;
            CompaniesRecord listing = listing(String.format("SY%03d", n), name,
                    random.nextBoolean() ? "Nasdaq" : "TSX Venture", COUNTRIES[random.nextInt(COUNTRIES.length)], null,
                    STATUSES[random.nextInt(STATUSES.length)],
                    "Synthetic sample company generated for load testing; not a real listed miner.");
            out.add(new SyntheticCompany(listing, 0.01 + random.nextDouble() * random.nextDouble() * 3,
                    0.5 + random.nextDouble() * 20, 0.5 + random.nextDouble(), 0.025 + random.nextDouble() * 0.025,
                    lateListing ? random.nextInt(Math.max(1, tradingDays * 7 / 10)) : 0));
        }
        return out;
    }
}
