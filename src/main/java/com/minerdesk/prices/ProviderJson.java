package com.minerdesk.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.minerdesk.fetch.FetchException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Numbers of a provider's bar, read exactly (decimal text, never through double). */
final class ProviderJson {
    private ProviderJson() {
    }

    static ProviderBar bar(String ticker, LocalDate day, JsonNode open, JsonNode high, JsonNode low, JsonNode close,
            JsonNode volume, JsonNode splitFactor) {
        return new ProviderBar(day, price(ticker, day, open), price(ticker, day, high), price(ticker, day, low),
                price(ticker, day, close), volume.isNumber() ? volume.decimalValue().longValue() : -1,
                splitFactor == null || !splitFactor.isNumber() ? BigDecimal.ONE : splitFactor.decimalValue());
    }

    /** The date of a timestamp such as 2025-11-28T00:00:00.000Z (the trading day it names). */
    static LocalDate day(String ticker, String timestamp) {
        try {
            return LocalDate.parse(timestamp.length() >= 10 ? timestamp.substring(0, 10) : timestamp);
        } catch (java.time.format.DateTimeParseException e) {
            throw new FetchException(ticker + ": unreadable date '" + timestamp + "'");
        }
    }

    private static BigDecimal price(String ticker, LocalDate day, JsonNode n) {
        if (!n.isNumber()) {
            throw new FetchException(ticker + " " + day + ": a price is missing");
        }
        return new BigDecimal(n.asText());
    }
}
