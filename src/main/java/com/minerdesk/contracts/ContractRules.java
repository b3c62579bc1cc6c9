package com.minerdesk.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules across a version's fields, shared by the form and the import: each broken rule names
 * the field it is shown at. Single-field rules (a number, a date, an http(s) address) are the form's.
 */
final class ContractRules {
    static final Pattern REF = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,59}");
    static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    private ContractRules() {
    }

    static Map<String, String> problems(ContractTerms t, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        notAfter(out, "status_date", t.statusDate(), today);
        notAfter(out, "published", t.published(), today);
        positive(out, "critical_it_mw", t.criticalItMw());
        positive(out, "gross_mw", t.grossMw());
        positive(out, "term_years", t.termYears());
        if (t.valueUsd() != null && t.valueUsd() <= 0) {
            out.put("value_usd", "The contract value must be more than 0 USD.");
        }
        if (t.criticalItMw() != null && t.grossMw() != null && t.criticalItMw().compareTo(t.grossMw()) > 0) {
            out.putIfAbsent("critical_it_mw", "Critical IT load (" + t.criticalItMw().toPlainString()
                    + " MW) cannot be above the gross power (" + t.grossMw().toPlainString() + " MW).");
        }
        if (t.startDate() != null && t.energizationDate() != null && t.energizationDate().isBefore(t.startDate())) {
            out.put("energization_date", "Energization (" + t.energizationDate() + ") cannot be before the start ("
                    + t.startDate() + ").");
        }
        if (t.accession() != null && !ACCESSION.matcher(t.accession()).matches()) {
            out.put("accession", "An SEC accession number looks like 0001878848-25-000041.");
        }
        return out;
    }

    private static void notAfter(Map<String, String> out, String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            out.put(field, d + " is in the future (today is " + today + ").");
        }
    }

    private static void positive(Map<String, String> out, String field, BigDecimal v) {
        if (v != null && v.signum() <= 0) {
            out.put(field, "Must be more than 0.");
        }
    }
}
