package com.minerdesk.market;

import java.time.LocalDate;

/** A scheduled trading day on which a listed company had no bar for a known reason (a halt, a delisting). */
public record NotTradingDay(String ticker, LocalDate date, String reason) {
}
