package com.minerdesk.demo;

import com.minerdesk.accounts.Account;
import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.writeups.SaveOutcome;
import com.minerdesk.writeups.Status;
import com.minerdesk.writeups.WriteupInput;
import com.minerdesk.writeups.WriteupQueries;
import com.minerdesk.writeups.WriteupRenderer;
import com.minerdesk.writeups.BodyChecks;
import com.minerdesk.writeups.WriteupStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo write-ups: two published pieces written from the reference week's facts. They need an
 * author, so they are loaded after the first account exists (the demo editor, or the admin from
 * ADMIN_EMAIL), and only into a demo database that has no write-up yet.
 */
public final class DemoWriteups {
    private static final Logger LOG = LoggerFactory.getLogger(DemoWriteups.class);
    private static final LocalDate WEEK = DemoPrices.REFERENCE_WEEK_END;

    private DemoWriteups() {
    }

    record Piece(String title, String slug, String summary, String resource, List<String> tags, OffsetDateTime publishedAt) {
    }

    static List<Piece> pieces() {
        return List.of(
                new Piece("What it costs to mine one bitcoin", "what-it-costs-to-mine-one-bitcoin",
                        "The listed miners spend about $74,600 in cash per coin, but $137,800 once machines and share-based "
                                + "pay are counted: a profit on one measure and a deep loss on the other.",
                        "cost-per-btc.md", List.of("economics"), OffsetDateTime.of(2025, 11, 28, 21, 0, 0, 0, ZoneOffset.UTC)),
                new Piece("Miners slide while bitcoin nears $91,000", "miners-slide-while-bitcoin-nears-91000",
                        "Bitcoin recovered towards $91,000, yet 28 of the 34 listed miners fell. American Bitcoin lost 61 % "
                                + "as early shares unlocked, while Applied Digital and Core Scientific rose on the AI data-centre story.",
                        "week-2025-11-28.md", List.of("weekly", "ai-hpc"), OffsetDateTime.of(2025, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC)));
    }

    /** Loads the demo write-ups when the database holds demo data, an account, and no write-up; returns whether it did. */
    public static boolean loadIfNone(Database db, WriteupRenderer renderer) {
        Clock clock = Clock.systemUTC();
        if (!db.contentVersion().demoData() || new WriteupQueries(db.dsl(), clock).any()) {
            return false;
        }
        Optional<Account> author = new UserQueries(db.dsl()).all().stream()
                .filter(a -> !a.disabled()).min(Comparator.comparingLong(Account::id));
        if (author.isEmpty()) {
            return false;
        }
        WriteupStore store = new WriteupStore(db, renderer, clock, BodyChecks.NONE);
        for (Piece p : pieces()) {
            WriteupInput input = new WriteupInput(p.title(), p.slug(), p.summary(), markdown(p.resource()), p.tags(), WEEK,
                    Status.PUBLISHED, p.publishedAt());
            SaveOutcome outcome = store.create(author.get().asCurrentUser(), "local", input);
            if (!(outcome instanceof SaveOutcome.Saved)) {
                throw new IllegalStateException("demo write-up not created: " + outcome);
            }
        }
        LOG.debug("Loaded {} demo write-ups by {}", pieces().size(), author.get().name());
        return true;
    }

    private static String markdown(String resource) {
        try (InputStream in = DemoWriteups.class.getResourceAsStream("/demo/writeups/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo write-up " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
