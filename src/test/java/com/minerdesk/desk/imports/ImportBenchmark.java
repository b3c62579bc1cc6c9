package com.minerdesk.desk.imports;

import static com.minerdesk.db.generated.Tables.COMPANIES;

import com.minerdesk.db.Database;
import com.minerdesk.web.Fmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Measures an import of ten years of daily bars of 100 companies (about 260,000 lines, 17 MB) into
 * an H2 file database, as the app opens it. Not a test: run it by hand.
 * An argument replaces the JDBC URL. The command is in the README (Run the tests).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("minerdesk-bench");
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:" + dir.resolve("bench");
        List<String> tickers = SyntheticBars.tickers(100);
        byte[] file = SyntheticBars.csv(tickers, SyntheticBars.weekdays(LocalDate.of(2015, 12, 7), 2_600))
                .getBytes(StandardCharsets.UTF_8);
        System.out.printf("file: %,d bytes%n", file.length);
        try (Database db = Database.open(url, "sa", "")) {
            db.writeVoid(tx -> tickers.forEach(t -> tx.insertInto(COMPANIES)
                    .set(COMPANIES.TICKER, t).set(COMPANIES.NAME, "Synthetic " + t).set(COMPANIES.EXCHANGE, "Test")
                    .execute()));
            Importer importer = new Importer(db, new Fmt(ZoneOffset.UTC), java.time.Clock.systemUTC());

            long t0 = System.nanoTime();
            ParsedFile parsed = importer.read(file);
            long t1 = System.nanoTime();
            System.out.printf("read and check: %,d lines, %d errors, %.1f s%n", parsed.dataLines(), parsed.errors().count(),
                    (t1 - t0) / 1e9);
            ImportPreview preview = importer.preview(parsed);
            long t2 = System.nanoTime();
            System.out.printf("preview into an empty table: %,d new rows, %,d weekly changes, %.1f s%n",
                    preview.plan().added(), preview.sectorChangeCount() + preview.companyChangeCount(), (t2 - t1) / 1e9);
            ImportResult first = importer.commit(importer.read(file), "bench.csv", new ImportActor(null, "benchmark"), (tx, done) -> { });
            long t3 = System.nanoTime();
            System.out.printf("read + commit into an empty table: %,d new rows, %.1f s%n", first.plan().added(),
                    (t3 - t2) / 1e9);
            ImportResult again = importer.commit(importer.read(file), "bench.csv", new ImportActor(null, "benchmark"), (tx, done) -> { });
            long t4 = System.nanoTime();
            System.out.printf("read + commit of the same file again: %,d unchanged, %.1f s%n", again.plan().unchanged(),
                    (t4 - t3) / 1e9);
            new ImportRollback(db, new Fmt(ZoneOffset.UTC), java.time.Clock.systemUTC())
                    .rollback(first.importId(), "benchmark", (tx, e) -> { });
            long t5 = System.nanoTime();
            System.out.printf("rollback of the first commit: %,d rows deleted, %.1f s%n", first.plan().added(), (t5 - t4) / 1e9);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
