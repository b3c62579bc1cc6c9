package com.minerdesk.feeds;

import java.time.LocalDate;

/** One {@code <url>} of the sitemap: an absolute location and, where known, the date it last changed. */
public record SitemapUrl(String loc, LocalDate lastmod) {
}
