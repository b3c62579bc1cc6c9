package com.minerdesk.contracts;

import com.minerdesk.desk.FormCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The editor form of a contract version: what it reads, its checks, and the values it shows again. */
final class ContractForm {
    /** Fields of a new contract only: its identity, which versions do not change. */
    static final List<String> IDENTITY = List.of("ref", "ticker", "counterparty", "pivot_event_id");
    static final List<String> TERMS = List.of("status", "status_date", "site", "critical_it_mw", "gross_mw", "term_years",
            "value_usd", "start_date", "energization_date", "backstop", "source_url", "accession", "published");

    record Identity(String ref, String ticker, String counterparty, Long pivotEventId) {
    }

    private ContractForm() {
    }

    static List<String> allFields() {
        return java.util.stream.Stream.concat(IDENTITY.stream(), TERMS.stream()).toList();
    }

    /** The terms of a submitted form; null when a field is wrong (the errors are in {@code form}). */
    static ContractTerms terms(FormCheck form, LocalDate today) {
        ContractTerms t = new ContractTerms(form.oneOf("status", ContractStatus.codes()), form.date("status_date"),
                form.optional("site", 200), form.optionalNotNegative("critical_it_mw", 10, 1),
                form.optionalNotNegative("gross_mw", 10, 1), form.optionalNotNegative("term_years", 5, 2),
                form.optionalWhole("value_usd"), form.optionalDate("start_date"), form.optionalDate("energization_date"),
                form.optional("backstop", 200), form.webAddress("source_url", 500, true), form.optional("accession", 25),
                form.optionalDate("published"), false);
        ContractRules.problems(t, today).forEach(form::error);
        return form.ok() ? t : null;
    }

    static Identity identity(FormCheck form) {
        String ref = form.required("ref", 60);
        if (ref != null && !ContractRules.REF.matcher(ref).matches()) {
            form.error("ref", "Capital letters, digits and hyphens, for example IREN-MSFT-2025.");
        }
        String ticker = form.value("ticker");
        if (ticker.isEmpty()) {
            form.error("ticker", "Choose the company.");
        }
        return new Identity(ref, ticker, form.required("counterparty", 200), form.optionalWhole("pivot_event_id"));
    }

    static Map<String, String> blank() {
        Map<String, String> m = new LinkedHashMap<>();
        allFields().forEach(f -> m.put(f, ""));
        m.put("status", ContractStatus.ANNOUNCED.code());
        return m;
    }

    /** The current version's values, as the start of the next version. */
    static Map<String, String> valuesOf(ContractRow c) {
        ContractTerms t = c.terms();
        Map<String, String> m = blank();
        m.put("status", t.status());
        m.put("status_date", Objects.toString(t.statusDate(), ""));
        m.put("site", Objects.toString(t.site(), ""));
        m.put("critical_it_mw", plain(t.criticalItMw()));
        m.put("gross_mw", plain(t.grossMw()));
        m.put("term_years", plain(t.termYears()));
        m.put("value_usd", Objects.toString(t.valueUsd(), ""));
        m.put("start_date", Objects.toString(t.startDate(), ""));
        m.put("energization_date", Objects.toString(t.energizationDate(), ""));
        m.put("backstop", Objects.toString(t.backstop(), ""));
        m.put("source_url", "");
        m.put("accession", "");
        m.put("published", "");
        return m;
    }

    private static String plain(BigDecimal n) {
        return Objects.toString(ContractCsv.plain(n), "");
    }
}
