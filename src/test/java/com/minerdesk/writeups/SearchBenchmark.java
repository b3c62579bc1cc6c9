package com.minerdesk.writeups;

import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.testing.MutableClock;
import com.minerdesk.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Search latency over 5,000 published write-ups of about 400 words each, on H2 and PostgreSQL.
 * Not a test (no timing asserts): run it with
 * {@code BENCH_DB=both mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.minerdesk.writeups.SearchBenchmark}.
 */
public final class SearchBenchmark {
    static final int WRITEUPS = Integer.parseInt(System.getenv().getOrDefault("BENCH_WRITEUPS", "5000"));
    static final String[] DOMAIN = ("miner mining bitcoin hash rate difficulty power cooling data centre lease hosting "
            + "megawatt margin cost price volume market cap week gainer decliner sector pivot ai hpc gpu contract "
            + "hyperscaler site grid energy curtailment treasury dilution share unlock placement revenue hashprice "
            + "halving reward fee block pool rig asic efficiency fleet expansion financing debt convertible").split(" ");
    static final String[] TICKERS = "abtc apld corz mara riot clsk iren cifr wulf hut btdr bitf hive btbt".split(" ");

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        String which = System.getenv().getOrDefault("BENCH_DB", "both").toLowerCase(Locale.ROOT);
        if (!which.equals("postgres")) {
            run("H2", TestDatabases.freshH2());
        }
        if (!which.equals("h2")) {
            run("PostgreSQL", TestDatabases.freshPostgres());
        }
        System.exit(0);
    }

    static void run(String name, Database db) {
        try (db) {
            MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
            long userId = db.write(tx -> UserQueries.create(tx, "bench@example.com", "Bench", "editor", "a-long-bench-password-1"));
            CurrentUser user = new CurrentUser(userId, "bench@example.com", "Bench", "bench", "editor");
            WriteupStore store = new WriteupStore(db, WriteupRenderer.forSite("http://minerdesk.test"), clock, BodyChecks.NONE);
            Random random = new Random(42);
            List<String> vocabulary = vocabulary(random);
            long started = System.nanoTime();
            for (int i = 0; i < WRITEUPS; i++) {
                WriteupInput input = new WriteupInput(sentence(random, vocabulary, 6), "", sentence(random, vocabulary, 30),
                        body(random, vocabulary), List.of(), null, Status.PUBLISHED, null);
                if (!(store.create(user, "bench", input) instanceof SaveOutcome.Saved)) {
                    throw new IllegalStateException("not saved");
                }
                clock.advance(Duration.ofMinutes(10));
            }
            long loadMs = (System.nanoTime() - started) / 1_000_000;
            long indexRows = db.dsl().fetchCount(com.minerdesk.db.generated.Tables.WRITEUP_TERMS);
            if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
                db.dsl().execute("vacuum analyze"); // what autovacuum does within a minute of a bulk load
            }
            Search search = new Search(db.dsl(), new WriteupQueries(db.dsl(), clock));
            List<String> queries = new ArrayList<>(List.of("miner", "bitcoin cost", "cooling lease megawatt", "abtc unlock",
                    "hyperscaler contract financing", "power", "difficulty halving reward", "apld", "data centre pivot",
                    vocabulary.get(500), vocabulary.get(2500) + " " + vocabulary.get(40), "nothingmatchesthis"));
            for (int i = 0; i < 30; i++) {
                queries.forEach(q -> search.run(q, 20, 0));
            }
            for (String q : queries) {
                long[] times = new long[25];
                long total = 0;
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    total = search.run(q, 20, 0).total();
                    times[i] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-10s %-36s matches %5d  min %6.1f  median %6.1f  p95 %6.1f  max %6.1f ms%n",
                        name, "\"" + q + "\"", total, times[0] / 1e6, times[12] / 1e6, times[23] / 1e6, times[24] / 1e6);
            }
            WriteupQueries lists = new WriteupQueries(db.dsl(), clock);
            long[] archive = new long[25];
            for (int i = 0; i < 30 + archive.length; i++) {
                long t = System.nanoTime();
                lists.archive(20, (i % 5) * 20);
                lists.archiveCount();
                if (i >= 30) {
                    archive[i - 30] = System.nanoTime() - t;
                }
            }
            Arrays.sort(archive);
            System.out.printf(Locale.ROOT, "%-10s %-44s  min %6.1f  median %6.1f  p95 %6.1f  max %6.1f ms%n", name,
                    "archive page + count", archive[0] / 1e6, archive[12] / 1e6, archive[23] / 1e6, archive[24] / 1e6);
            System.out.printf(Locale.ROOT, "%-10s %d write-ups, %d index rows, loaded through WriteupStore in %d s; "
                    + "system load average %.1f on %d processors%n", name, WRITEUPS, indexRows, loadMs / 1000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** Domain words, tickers and 4,000 made-up words, to be drawn with a Zipf-like bias. */
    static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(DOMAIN));
        words.addAll(Arrays.asList(TICKERS));
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 4000; i++) {
            StringBuilder w = new StringBuilder();
            int n = 4 + random.nextInt(6);
            for (int j = 0; j < n; j++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        return words;
    }

    static String word(Random random, List<String> vocabulary) {
        double u = random.nextDouble();
        return vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), u)) - 1));
    }

    static String sentence(Random random, List<String> vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word(random, vocabulary));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    static String body(Random random, List<String> vocabulary) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            b.append("## ").append(sentence(random, vocabulary, 4)).append("\n\n");
            for (int s = 0; s < 5; s++) {
                b.append(sentence(random, vocabulary, 14)).append(' ');
            }
            b.append("\n\n");
        }
        return b.toString();
    }
}
