package com.minerdesk.ops;

import com.minerdesk.db.Database;
import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops the server in order: stop accepting, let the requests in flight finish (Jetty's graceful
 * stop, bounded by its stop timeout), then close the database, then exit.
 *
 * <p>SIGTERM and SIGINT are handled here rather than by a shutdown hook alone, because the JVM
 * runs all shutdown hooks at once and H2's own hook (which auto-server mode requires) would close
 * the database under the requests still running. After a clean stop the JVM exits with status 0,
 * and H2's hook then finds nothing left to do.
 */
public final class GracefulStop {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    private final Javalin app;
    private final Database db;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    private GracefulStop(Javalin app, Database db) {
        this.app = app;
        this.db = db;
    }

    public static void install(Javalin app, Database db) {
        GracefulStop stop = new GracefulStop(app, db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.stop("JVM exit"), "shutdown"));
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    stop.stop("SIG" + name);
                    System.exit(0);
                });
            } catch (IllegalArgumentException e) {
                // The signal is reserved or ignored here (e.g. SIGINT under nohup); the hook still stops.
                LOG.debug("Not handling SIG{}: {}", name, e.getMessage());
            }
        }
    }

    void stop(String why) {
        if (!started.compareAndSet(false, true)) {
            awaitFinished();
            return;
        }
        long t0 = System.nanoTime();
        try {
            LOG.info("Stopping on {}: no new connections, finishing the requests in flight", why);
            app.stop();
            db.close();
            LOG.info("Stopped cleanly in {} ms: requests finished, database closed", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Stopping failed", e);
        } finally {
            finished.countDown();
        }
    }

    private void awaitFinished() {
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
