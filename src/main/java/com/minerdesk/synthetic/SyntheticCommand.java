package com.minerdesk.synthetic;

import com.minerdesk.app.Config;
import com.minerdesk.db.Database;
import com.minerdesk.live.SiteRenderer;
import java.io.PrintStream;

/**
 * {@code synthetic [--weeks 520] [--companies 100] [--writeups 5000]}: fills the empty database
 * named by DATABASE_URL with the large sample data set.
 */
public final class SyntheticCommand {
    private SyntheticCommand() {
    }

    public static void run(Config config, String[] args, PrintStream out) {
        SyntheticOptions options = SyntheticOptions.parse(args);
        try (Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            SyntheticData.fill(db, options, SiteRenderer.of(db, config.baseUrl(), config.timeZone()), out);
        }
    }
}
