package com.minerdesk.live;

import com.minerdesk.writeups.RenderContext;

/** What a write-up stores at save, made by the site's own renderer: Markdown, sanitiser, live-data step. */
final class SavedHtml {
    private SavedHtml() {
    }

    static String of(LiveContent live, String markdown) {
        return SiteRenderer.of("http://minerdesk.test", live).render(markdown, new RenderContext(null, null)).html();
    }
}
