package com.minerdesk.market;

import java.time.LocalDate;

/** A company's shares outstanding from {@code asOf} until its next figure, and where it was read. */
public record SharesOutstanding(String ticker, LocalDate asOf, long shares, String source) {
}
