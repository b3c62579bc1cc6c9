package com.minerdesk.accounts;

import static com.minerdesk.db.generated.Tables.AUDIT_LOG;
import static com.minerdesk.db.generated.Tables.IMPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.testing.TestApp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log and the import log take their time from the site's one clock, like everything else. */
class AuditClockTest {

    @Test
    void auditAndImportLogRowsCarryTheInjectedClocksTime() {
        try (TestApp app = TestApp.withDemoData()) {
            Instant later = Instant.parse("2031-06-02T09:30:00Z");
            app.clock.set(later);
            var editor = app.editor();
            var saved = editor.post("/editor/metrics", Map.of("date", "2025-11-28", "btc_price", "91000",
                    "hashrate_ehs", "1050", "cash_cost_per_btc", "45000", "allin_cost_per_btc", "70000"));
            assertEquals(303, saved.statusCode(), saved.body());
            var rows = app.db.dsl().selectFrom(AUDIT_LOG).fetch();
            assertEquals(2, rows.size(), "sign-in and the metrics save");
            rows.forEach(r -> assertEquals(later, r.getAt().toInstant(), r.getAction()));
            assertEquals(later, app.db.dsl().select(IMPORTS.IMPORTED_AT).from(IMPORTS)
                            .where(IMPORTS.KIND.eq("sector_metrics")).fetchOne(IMPORTS.IMPORTED_AT).toInstant(),
                    "the form save's entry in the import log");
        }
    }
}
