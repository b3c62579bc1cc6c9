package com.minerdesk.synthetic;

/**
 * A company of the synthetic set: its listing facts, a starting size and how it moves with BTC.
 * {@code firstDay} is the index of its first trading day (later listings have no earlier bars).
 */
record SyntheticCompany(
        String ticker,
        String name,
        String exchange,
        String country,
        String website,
        String status,
        String profile,
        double capBillions,
        double startPrice,
        double beta,
        double volatility,
        int firstDay) {
}
