package com.minerdesk.desk.forms;

import com.minerdesk.desk.FormCheck;
import com.minerdesk.market.AiHpcStatus;
import com.minerdesk.market.Company;
import com.minerdesk.market.Tickers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A company as the editor form edits it, with the form's rules. */
record CompanyFields(String ticker, String name, String exchange, String country, String website, String profile,
        String aiHpcStatus) {

    static final List<String> FIELDS = List.of("ticker", "name", "exchange", "country", "website", "profile", "ai_hpc_status");
    static final List<String> STATUSES = AiHpcStatus.codes();

    /** Checks a submitted form; null when a field is wrong (the errors are in {@code form}). */
    static CompanyFields check(FormCheck form) {
        String ticker = form.required("ticker", 12);
        if (ticker != null) {
            ticker = ticker.toUpperCase(java.util.Locale.ROOT);
            if (!Tickers.valid(ticker)) {
                form.error("ticker", "Use up to 12 letters, digits, dots or dashes, for example ABTC.");
            }
        }
        CompanyFields c = new CompanyFields(ticker, form.required("name", 200), form.required("exchange", 60),
                form.optional("country", 60), form.webAddress("website", 300, false), form.optional("profile", 4000),
                form.oneOf("ai_hpc_status", STATUSES));
        return form.ok() ? c : null;
    }

    static Map<String, String> valuesOf(Company c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ticker", c.ticker());
        m.put("name", c.name());
        m.put("exchange", c.exchange());
        m.put("country", Objects.toString(c.country(), ""));
        m.put("website", Objects.toString(c.website(), ""));
        m.put("profile", Objects.toString(c.profile(), ""));
        m.put("ai_hpc_status", c.aiHpcStatus().code());
        return m;
    }
}
