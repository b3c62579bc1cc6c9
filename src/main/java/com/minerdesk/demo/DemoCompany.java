package com.minerdesk.demo;

/**
 * A company of the demo universe. {@code capBillions}, {@code referenceOpen} and
 * {@code referenceChangePct} are sample values, except where the facts sheet reports them
 * (ABTC 5.75 → 2.23, APLD +15.20 %, CORZ +1.30 %).
 */
public record DemoCompany(
        String ticker,
        String name,
        String exchange,
        String country,
        String website,
        String status,
        String profile,
        double capBillions,
        double referenceOpen,
        Double referenceClose,
        double referenceChangePct) {
}
