package com.minerdesk.synthetic;

import com.minerdesk.db.Database;
import com.minerdesk.writeups.WriteupRenderer;

/**
 * {@code synthetic [--weeks 520] [--companies 100] [--writeups 5000]}: fills the empty database
 * named by DATABASE_URL with the large sample data set.
 */
public final class SyntheticCommand {
    private SyntheticCommand() {
    }

    public static void run(String databaseUrl, String user, String password, String baseUrl, String[] args) {
        SyntheticOptions options = SyntheticOptions.parse(args);
        try (Database db = Database.open(databaseUrl, user, password)) {
            SyntheticData.fill(db, options, WriteupRenderer.forSite(baseUrl), System.out);
        }
    }
}
