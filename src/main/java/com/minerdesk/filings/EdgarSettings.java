package com.minerdesk.filings;

import java.util.Map;

/**
 * Where and as whom the site reads SEC EDGAR. The SEC asks every automated client to name its
 * operator in the User-Agent (a name and an e-mail address) and to stay under ten requests a
 * second; without {@code SEC_USER_AGENT} the site does not call EDGAR at all.
 */
public record EdgarSettings(String userAgent, String dataUrl, String tickersUrl, String archiveUrl) {
    public static final String DATA_URL = "https://data.sec.gov";
    public static final String TICKERS_URL = "https://www.sec.gov/files/company_tickers.json";
    public static final String ARCHIVE_URL = "https://www.sec.gov";

    public static EdgarSettings from(Map<String, String> env) {
        return new EdgarSettings(value(env, "SEC_USER_AGENT", ""), trimSlash(value(env, "EDGAR_DATA_URL", DATA_URL)),
                value(env, "EDGAR_TICKERS_URL", TICKERS_URL), trimSlash(value(env, "EDGAR_ARCHIVE_URL", ARCHIVE_URL)));
    }

    /** Why EDGAR cannot be called with these settings, or null. */
    public String problem() {
        if (!userAgent.matches(".*\\S+@\\S+\\.\\S+.*") || userAgent.isBlank()) {
            return "SEC_USER_AGENT must name the operator and an e-mail address, e.g. "
                    + "SEC_USER_AGENT=\"Minerdesk ops@example.com\" (the SEC refuses anonymous clients).";
        }
        return null;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
