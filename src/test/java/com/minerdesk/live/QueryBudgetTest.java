package com.minerdesk.live;

import static com.minerdesk.db.generated.Tables.DAILY_BARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.db.Database;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.MarketData;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Templates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/** A write-up costs a fixed handful of queries, however many figures it shows. */
class QueryBudgetTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 11, 28);

    @Test
    void figuresAreEvaluatedFromOneLoadOfTheWeek() {
        AtomicInteger queries = new AtomicInteger();
        AtomicInteger marketQueries = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
                if (ctx.sql() != null && ctx.sql().contains("daily_bars")) {
                    marketQueries.incrementAndGet();
                }
            }
        };
        try (Database db = Database.open("jdbc:h2:mem:budget-" + UUID.randomUUID(), "sa", "", counter)) {
            DemoData.loadIfEmpty(db);
            LiveContent uncached = new LiveContent(new WeekFiguresLoader(MarketData.over(db.dsl()), null),
                    new Templates(Path.of("").toAbsolutePath()), new Fmt(ZoneOffset.UTC));
            String one = SavedHtml.of(uncached, "ABTC fell {{ABTC.change}}.");
            StringBuilder many = new StringBuilder();
            for (String t : new String[] {"ABTC", "APLD", "CORZ", "MARA", "RIOT", "CLSK", "IREN", "CIFR"}) {
                many.append(t).append(" {{").append(t).append(".open}} {{").append(t).append(".close}} {{").append(t)
                        .append(".change}} {{").append(t).append(".volume}} {{").append(t).append(".marketcap}}.\n");
            }
            many.append("{{sector.marketcap}} {{sector.change}} {{sector.gainers}} {{btc.price}} {{margin.allin}}\n\n"
                    + "{{movers 5}}\n\n{{table}}\n\n{{movers 3}}\n");
            String stored = SavedHtml.of(uncached, many.toString());

            int before = queries.get();
            uncached.render(one, REFERENCE);
            int forOne = queries.get() - before;
            before = queries.get();
            uncached.render(stored, REFERENCE);
            int forMany = queries.get() - before;
            assertEquals(forOne, forMany, "45 figures and three tables cost what one figure costs");
            assertTrue(forOne <= 10, forOne + " queries");

            String blocks = SavedHtml.of(uncached, "{{chart ABTC}}\n\n{{chart ABTC}}\n\n{{pivots APLD}}\n");
            before = queries.get();
            uncached.render(blocks, REFERENCE);
            assertEquals(forOne + 3, queries.get() - before, "two queries per distinct chart, one per pivot list");

            LiveContent cached = new LiveContent(new WeekFiguresLoader(MarketData.over(db.dsl()), db.contentVersion()),
                    new Templates(Path.of("").toAbsolutePath()), new Fmt(ZoneOffset.UTC));
            cached.render(stored, REFERENCE);
            before = marketQueries.get();
            for (int i = 0; i < 20; i++) {
                cached.render(stored, REFERENCE);
            }
            assertEquals(before, marketQueries.get(), "unchanged data is not loaded again");
            db.writeVoid(tx -> tx.update(DAILY_BARS).set(DAILY_BARS.CLOSE_PRICE, DAILY_BARS.CLOSE_PRICE)
                    .where(DAILY_BARS.COMPANY_ID.lt(0L)).execute());
            cached.render(stored, REFERENCE);
            assertTrue(marketQueries.get() > before, "a write (new content version) loads the week again");
        }
    }
}
