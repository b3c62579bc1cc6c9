package com.minerdesk.live;

import com.minerdesk.market.Company;
import com.minerdesk.writeups.RenderContext;
import com.minerdesk.writeups.RenderStep;
import java.time.LocalDate;
import java.util.Map;

/**
 * Live data in the write-up pipeline: before Markdown, placeholders become markers and the
 * mentioned companies are reported; whenever the stored HTML or text is shown, markers become the
 * current figures and tickers become links; the search index gets the text without markers.
 */
public final class LiveRenderStep implements RenderStep {
    private final LiveContent live;

    public LiveRenderStep(LiveContent live) {
        this.live = live;
    }

    @Override
    public String beforeMarkdown(String markdown, RenderContext context) {
        Map<String, Company> companies = live.loader().load(null).companies();
        for (String ticker : live.mentions(markdown)) {
            Company c = companies.get(ticker);
            if (c != null) {
                context.mentionsCompany(c.id());
            }
        }
        return LiveContent.prepare(markdown).markdown();
    }

    @Override
    public String whenShown(String html, LocalDate weekEnd) {
        return live.render(html, weekEnd);
    }

    @Override
    public String whenShownInFeed(String html, LocalDate weekEnd) {
        return live.render(html, weekEnd, false);
    }

    @Override
    public String whenShownAsText(String text, LocalDate weekEnd) {
        return live.renderPlain(text, weekEnd);
    }

    @Override
    public String forIndex(String text) {
        return text == null ? null : LiveMarkers.MARKER.matcher(text).replaceAll(" ");
    }
}
