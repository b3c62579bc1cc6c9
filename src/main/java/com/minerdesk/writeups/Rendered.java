package com.minerdesk.writeups;

import java.util.Set;

/** A rendered body: sanitised HTML to keep, plain text for the search index, mentioned companies. */
public record Rendered(String html, String text, Set<Long> companyIds) {
}
