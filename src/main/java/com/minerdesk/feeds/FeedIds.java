package com.minerdesk.feeds;

import java.net.URI;

/**
 * Ids of feeds and entries as tag URIs (RFC 4151) minted under the site's host, for example
 * {@code tag:minerdesk.example,2025:weeks/2025-11-28}. They name the thing (a week, a write-up's
 * number), never its current URL, so they survive slug changes and URL scheme changes.
 */
public final class FeedIds {
    static final String MINTED = "2025";
    private final String authority;

    public FeedIds(String baseUrl) {
        this.authority = URI.create(baseUrl).getHost();
    }

    public String of(String specific) {
        return "tag:" + authority + "," + MINTED + ":" + specific;
    }
}
