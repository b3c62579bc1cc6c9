package com.minerdesk.ops;

import com.minerdesk.db.Database;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /healthz}: 200 while the database answers, 503 otherwise (for load balancers and monitors);
 * it names nothing about the database. */
public final class HealthCheck {
    private final Database db;

    public HealthCheck(Database db) {
        this.db = db;
    }

    public void answer(Context ctx) {
        boolean ok = db.isHealthy();
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "unavailable"));
    }
}
