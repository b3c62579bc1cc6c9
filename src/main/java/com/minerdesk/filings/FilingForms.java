package com.minerdesk.filings;

import java.util.Set;

/**
 * The forms the disclosure calendar keeps: current reports (8-K, 6-K for foreign issuers),
 * quarterly and annual reports (10-Q, 10-K, 20-F, 40-F) and their amendments.
 */
final class FilingForms {
    static final Set<String> KEPT = Set.of("8-K", "6-K", "10-Q", "10-K", "20-F", "40-F");

    private FilingForms() {
    }

    static boolean kept(String form) {
        String base = form.endsWith("/A") ? form.substring(0, form.length() - 2) : form;
        return KEPT.contains(base);
    }
}
