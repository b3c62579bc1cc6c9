package com.minerdesk.market;

import com.minerdesk.network.NetworkQueries;
import org.jooq.DSLContext;

/** The market feature's queries, for its own pages and for the features that build on it. */
public record MarketData(WeekQueries weeks, CompanyQueries companies, EconomicsQueries economics, PivotQueries pivots,
        MetricQueries metrics, NetworkQueries network) {

    public static MarketData over(DSLContext dsl) {
        return new MarketData(new WeekQueries(dsl), new CompanyQueries(dsl), new EconomicsQueries(dsl), new PivotQueries(dsl),
                new MetricQueries(dsl), new NetworkQueries(dsl));
    }

    /** The company or week a request names (404, canonical redirects). */
    public MarketLookup lookup() {
        return new MarketLookup(this);
    }
}
