package com.minerdesk.synthetic;

import com.minerdesk.db.Database;
import com.minerdesk.live.LiveRenderStep;
import com.minerdesk.web.Fmt;
import com.minerdesk.writeups.WriteupRenderer;
import java.time.ZoneId;

/**
 * {@code synthetic [--weeks 520] [--companies 100] [--writeups 5000]}: fills the empty database
 * named by DATABASE_URL with the large sample data set.
 */
public final class SyntheticCommand {
    private SyntheticCommand() {
    }

    public static void run(String databaseUrl, String user, String password, String baseUrl, ZoneId zone, String[] args) {
        SyntheticOptions options = SyntheticOptions.parse(args);
        try (Database db = Database.open(databaseUrl, user, password)) {
            SyntheticData.fill(db, options, siteRenderer(db, baseUrl, zone), System.out);
        }
    }

    /** The write-up renderer the site uses, live-data step included. */
    public static WriteupRenderer siteRenderer(Database db, String baseUrl, ZoneId zone) {
        return WriteupRenderer.forSite(baseUrl).with(LiveRenderStep.over(db, new Fmt(zone), null));
    }
}
