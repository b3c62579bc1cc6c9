package com.minerdesk.prices;

import java.util.Map;

/**
 * Which end-of-day provider the site reads ({@code PRICES_PROVIDER}: tiingo or massive), with
 * {@code PRICES_API_KEY} and {@code PRICES_BASE_URL} (the provider's public address by default).
 */
public record PricesSettings(String provider, String apiKey, String baseUrl) {
    static final Map<String, String> DEFAULT_URLS = Map.of("tiingo", "https://api.tiingo.com",
            "massive", "https://api.massive.com");

    public static PricesSettings from(Map<String, String> env) {
        String provider = value(env, "PRICES_PROVIDER", "");
        String base = value(env, "PRICES_BASE_URL", DEFAULT_URLS.getOrDefault(provider, ""));
        return new PricesSettings(provider, value(env, "PRICES_API_KEY", ""),
                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** Why prices cannot be fetched with these settings, or null. */
    public String problem() {
        if (!DEFAULT_URLS.containsKey(provider)) {
            return "PRICES_PROVIDER must be tiingo or massive" + (provider.isEmpty() ? "" : ", got '" + provider + "'");
        }
        if (apiKey.isEmpty()) {
            return "PRICES_API_KEY is needed: the " + provider + " API key";
        }
        return null;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
