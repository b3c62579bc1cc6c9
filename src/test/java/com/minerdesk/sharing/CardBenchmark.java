package com.minerdesk.sharing;

import com.minerdesk.market.MarketData;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.market.WeekSort;
import com.minerdesk.testing.TestApp;
import com.minerdesk.web.Fmt;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * How long one share card takes (not a test, no timing asserts): drawing and PNG encoding alone, and
 * a whole request with the page cache off (queries, drawing, encoding), on the demo data. Saves the
 * cards it drew to target/screenshots.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) com.minerdesk.sharing.CardBenchmark
 * </pre>
 */
public final class CardBenchmark {
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (TestApp app = TestApp.start(Map.of("PAGE_CACHE", "off"), true).withDemoWriteups()) {
            MarketData data = MarketData.over(app.db.dsl());
            LocalDate week = LocalDate.of(2025, 11, 28);
            SectorWeek sector = data.weeks().sector(week).orElseThrow();
            Card card = new CardContent(new Fmt(ZoneOffset.UTC)).week(sector, data.weeks().table(week, WeekSort.CHANGE, false), true);
            report("draw + encode, week card", () -> CardPainter.png(card));

            Path out = Path.of("target/screenshots");
            Files.createDirectories(out);
            for (String path : new String[] {"/cards/weeks/2025-11-28.png", "/cards/companies/ABTC.png"}) {
                report("GET " + path + " (page cache off)", () -> get(app, path));
                Files.write(out.resolve("card-" + path.replaceAll("[^a-zA-Z0-9-]+", "-").replaceAll("^-|-png$", "") + ".png"), get(app, path));
            }
        }
    }

    private interface Work {
        byte[] run() throws Exception;
    }

    private static void report(String what, Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            bytes = work.run().length;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // CPU time of this thread: for a request it leaves out the server's threads, for drawing it is all of it
        System.out.printf("%-50s median %.1f ms, p95 %.1f ms (this thread's CPU: median %.1f ms), %d KB%n", what,
                nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, cpu[RUNS / 2] / 1e6, bytes / 1024);
    }

    private static byte[] get(TestApp app, String path) throws Exception {
        HttpResponse<byte[]> r = app.client().send(HttpRequest.newBuilder(URI.create(app.baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode());
        }
        return r.body();
    }
}
