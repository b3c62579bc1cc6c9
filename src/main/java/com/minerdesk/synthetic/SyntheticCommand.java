package com.minerdesk.synthetic;

import com.minerdesk.db.Database;
import com.minerdesk.live.SiteRenderer;
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
            SyntheticData.fill(db, options, SiteRenderer.of(db, baseUrl, zone), System.out);
        }
    }
}
