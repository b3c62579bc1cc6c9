package com.minerdesk.desk.forms;

import com.minerdesk.desk.FormCheck;
import com.minerdesk.market.PivotEvent;
import com.minerdesk.market.PivotKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A pivot event as the editor form edits it, with the form's rules; a source is always required. */
record PivotFields(String ticker, LocalDate date, String datePrecision, String counterparty, String kind,
        Long amountUsd, BigDecimal capacityMw, String summary, String sourceName, String sourceUrl) {

    static final List<String> FIELDS = List.of("ticker", "date", "date_precision", "counterparty", "kind", "amount_usd",
            "capacity_mw", "summary", "source_name", "source_url");
    static final List<String> PRECISIONS = List.of("day", "week", "month");

    /** Checks a submitted form; null when a field is wrong (the errors are in {@code form}). */
    static PivotFields check(FormCheck form, Set<String> tickers) {
        String ticker = form.value("ticker");
        if (ticker.isEmpty()) {
            form.error("ticker", "Choose the company.");
        } else if (!tickers.contains(ticker)) {
            form.error("ticker", "There is no company with ticker " + ticker + ".");
        }
        PivotFields p = new PivotFields(ticker, form.date("date"), form.oneOf("date_precision", PRECISIONS),
                form.required("counterparty", 200), form.oneOf("kind", PivotKind.all().stream().map(PivotKind::code).toList()),
                form.optionalWhole("amount_usd"), form.optionalNotNegative("capacity_mw", 10, 1),
                form.required("summary", 2000), form.required("source_name", 200),
                form.webAddress("source_url", 500, true));
        return form.ok() ? p : null;
    }

    static Map<String, String> valuesOf(PivotEvent e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ticker", e.ticker());
        m.put("date", e.date().toString());
        m.put("date_precision", e.datePrecision());
        m.put("counterparty", e.counterparty());
        m.put("kind", e.kind());
        m.put("amount_usd", Objects.toString(e.amountUsd(), ""));
        m.put("capacity_mw", e.capacityMw() == null ? "" : e.capacityMw().stripTrailingZeros().toPlainString());
        m.put("summary", e.summary());
        m.put("source_name", e.sourceName());
        m.put("source_url", e.sourceUrl());
        return m;
    }
}
