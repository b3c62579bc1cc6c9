package com.minerdesk.live;

import com.minerdesk.db.Database;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Templates;
import com.minerdesk.writeups.WriteupRenderer;
import java.time.ZoneId;

/** The site's write-up renderer: Markdown, the sanitiser, and the live-data step. One recipe for the server, start-up and commands. */
public final class SiteRenderer {
    private SiteRenderer() {
    }

    public static WriteupRenderer of(String baseUrl, LiveContent live) {
        return WriteupRenderer.forSite(baseUrl).with(new LiveRenderStep(live));
    }

    /** The renderer outside the server (demo data at start-up, synthetic data), templates from the build. */
    public static WriteupRenderer of(Database db, String baseUrl, ZoneId zone) {
        return of(baseUrl, liveContent(db, new Templates(null), new Fmt(zone)));
    }

    /** Live content over a database, for rendering in the server and outside it (demo data, synthetic data). */
    public static LiveContent liveContent(Database db, Templates templates, Fmt fmt) {
        return new LiveContent(new WeekFiguresLoader(MarketData.over(db.dsl()), db.contentVersion()), templates, fmt);
    }
}
