package com.minerdesk.market;

import java.time.LocalDate;

/** When a company is listed: {@code from} null means before any data, {@code until} null means still listed. */
public record Listing(String ticker, LocalDate from, LocalDate until) {
}
