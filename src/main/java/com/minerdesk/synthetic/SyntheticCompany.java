package com.minerdesk.synthetic;

import com.minerdesk.db.generated.tables.records.CompaniesRecord;

/**
 * A company of the synthetic set: the row to store, a starting size and how its price moves with
 * BTC. {@code firstDay} is the index of its first trading day (later listings have no earlier bars).
 */
record SyntheticCompany(CompaniesRecord listing, double capBillions, double startPrice, double beta, double volatility,
        int firstDay) {
}
