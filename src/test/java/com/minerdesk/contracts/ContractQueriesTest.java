package com.minerdesk.contracts;

import com.minerdesk.desk.imports.ChangeOperation;
import com.minerdesk.desk.imports.ImportActor;
import static com.minerdesk.db.generated.Tables.COMPANIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.minerdesk.db.Database;
import com.minerdesk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract writes and queries on H2 and PostgreSQL: versions, totals over current versions, status order, week news, rollback. */
class ContractQueriesTest {
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 11, 4, 12, 0, 0, 0, ZoneOffset.UTC);
    static final ImportActor EDITOR = new ImportActor(null, "test");

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    static ContractTerms terms(String status, String date, Integer itMw, Long value) {
        return new ContractTerms(status, LocalDate.parse(date), null, itMw == null ? null : BigDecimal.valueOf(itMw), null, null,
                value, null, null, null, "https://example.com/" + status, null, null, false);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void versionsTotalsAndStatusChanges(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            long company = db.write(tx -> tx.insertInto(COMPANIES).set(COMPANIES.TICKER, "IREN").set(COMPANIES.NAME, "IREN Ltd")
                    .set(COMPANIES.EXCHANGE, "Nasdaq").set(COMPANIES.PROFILE, "x").set(COMPANIES.AI_HPC_STATUS, "contracted")
                    .returning(COMPANIES.ID).fetchOne(COMPANIES.ID));
            long second = db.write(tx -> {
                long e1 = ContractLedger.entry(tx, EDITOR, "", ChangeOperation.FORM, 2, 2, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3), AT);
                long a = ContractLedger.create(tx, e1, AT, company, "IREN-A", "Microsoft", null, terms("signed", "2025-11-03", 200, 9_700_000_000L));
                ContractLedger.create(tx, e1, AT, company, "IREN-B", "Other", null, terms("loi", "2025-11-03", null, 1_000_000_000L));
                long e2 = ContractLedger.entry(tx, EDITOR, "", ChangeOperation.FORM, 1, 0, LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 12), AT);
                ContractLedger.restate(tx, e2, AT, a, terms("energizing", "2025-11-12", 300, 9_700_000_000L));
                return e2;
            });
            ContractQueries q = new ContractQueries(db.dsl());
            List<ContractTotal> byCompany = q.totalsByCompany();
            assertEquals(1, byCompany.size());
            assertEquals(0, new BigDecimal("300").compareTo(byCompany.get(0).criticalItMw()), "the current version's 300, not 200 + 300");
            assertEquals(1, byCompany.get(0).criticalItReported());
            assertEquals(10_700_000_000L, byCompany.get(0).valueUsd());
            assertEquals(List.of("loi", "energizing"), q.totalsByStatus().stream().map(ContractTotal::key).toList());
            assertEquals(List.of("IREN-B", "IREN-A"), q.current(null, ContractSort.STATUS).stream().map(ContractRow::ref).toList());
            assertEquals(List.of(2, 1), q.history("IREN-A").stream().map(ContractRow::version).toList());
            assertEquals(List.of("IREN-A signed", "IREN-B loi"), q.statusChangesBetween(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 7))
                    .stream().map(r -> r.ref() + " " + r.terms().status()).toList());
            assertEquals(List.of("IREN-A energizing"), q.statusChangesBetween(LocalDate.of(2025, 11, 8), LocalDate.of(2025, 11, 14))
                    .stream().map(r -> r.ref() + " " + r.terms().status()).toList());

            db.writeVoid(tx -> ContractLedger.VERSIONS.rollback(tx, second));
            assertEquals("signed", q.currentByRef("IREN-A").orElseThrow().terms().status(), "the earlier version is current again");
        }
    }
}
