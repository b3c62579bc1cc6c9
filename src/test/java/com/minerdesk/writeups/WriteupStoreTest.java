package com.minerdesk.writeups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.accounts.UserQueries;
import com.minerdesk.db.Database;
import com.minerdesk.db.generated.Tables;
import com.minerdesk.demo.DemoData;
import com.minerdesk.market.CompanyQueries;
import com.minerdesk.testing.MutableClock;
import com.minerdesk.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing and reading write-ups through jOOQ, on H2 and on a real PostgreSQL. */
class WriteupStoreTest {
    static final Instant T0 = Instant.parse("2025-12-01T12:00:00Z");

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.both();
    }

    record Fixture(Database db, MutableClock clock, WriteupStore store, WriteupQueries queries, CurrentUser user) {
    }

    static Fixture fixture(Database db, WriteupRenderer renderer) {
        MutableClock clock = new MutableClock(T0);
        long id = db.write(tx -> UserQueries.create(tx, "writer@example.com", "Wren Writer", "editor", "a-long-test-password-1"));
        CurrentUser user = new CurrentUser(id, "writer@example.com", "Wren Writer", "wren-writer", "editor");
        return new Fixture(db, clock, new WriteupStore(db, renderer, clock, BodyChecks.NONE), new WriteupQueries(db.dsl(), clock), user);
    }

    static WriteupInput input(String title, String body, Status status, OffsetDateTime at, String... tags) {
        return new WriteupInput(title, "", "About " + title, body, List.of(tags), null, status, at);
    }

    static long saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).id();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void savesVersionsConflictsAndRevisions(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Fixture f = fixture(db, WriteupRenderer.forSite("http://minerdesk.test"));
            long id = saved(f.store().create(f.user(), "127.0.0.1", input("First", "One.", Status.DRAFT, null, "weekly")));
            assertEquals(2, assertInstanceOf(SaveOutcome.Saved.class,
                    f.store().save(id, 1, f.user(), "127.0.0.1", input("First", "Two.", Status.PUBLISHED, null, "weekly"))).version());
            SaveOutcome stale = f.store().save(id, 1, f.user(), "127.0.0.1", input("Stale", "Three.", Status.DRAFT, null));
            assertEquals("Two.", assertInstanceOf(SaveOutcome.Conflict.class, stale).current().bodyMarkdown());
            StoredWriteup now = f.queries().stored(id).orElseThrow();
            assertEquals(2, now.version());
            assertEquals("<p>Two.</p>\n", now.bodyHtml().replace("\r", ""));
            List<Revision> revisions = new RevisionQueries(db.dsl()).all(id);
            assertEquals(List.of(2, 1), revisions.stream().map(Revision::version).toList());
            assertEquals("Wren Writer", revisions.get(0).savedByName());
            assertEquals(1, db.dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.ACTION.eq("writeup-published")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void publicQueriesFollowTheClockSlugsAndTags(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Fixture f = fixture(db, WriteupRenderer.forSite("http://minerdesk.test"));
            OffsetDateTime inAnHour = OffsetDateTime.ofInstant(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
            long published = saved(f.store().create(f.user(), "ip", input("Out now", "a", Status.PUBLISHED, null, "Weekly", "AI-HPC")));
            long scheduled = saved(f.store().create(f.user(), "ip", input("Soon", "b", Status.SCHEDULED, inAnHour, "weekly")));
            saved(f.store().create(f.user(), "ip", input("Hidden", "c", Status.DRAFT, null, "weekly")));

            assertEquals(List.of("Out now"), f.queries().archive(20, 0).stream().map(WriteupCard::title).toList());
            assertEquals(1, f.queries().byTagCount("weekly"));
            assertEquals(List.of("Weekly", "AI-HPC"), f.queries().archive(20, 0).get(0).tags().stream().map(Tag::name).toList());
            assertEquals(inAnHour.toInstant(), f.queries().nextScheduledAt().orElseThrow().toInstant());

            f.clock().advance(Duration.ofHours(1));
            assertEquals(List.of("Soon", "Out now"), f.queries().archive(20, 0).stream().map(WriteupCard::title).toList());
            assertEquals(2, f.queries().byAuthorCount("wren-writer"));
            assertTrue(f.queries().nextScheduledAt().isEmpty());
            PublicWriteup soon = f.queries().bySlug("soon").orElseThrow();
            assertEquals("Out now", soon.previous().title());
            assertEquals(null, soon.next());

            StoredWriteup s = f.queries().stored(scheduled).orElseThrow();
            f.store().save(scheduled, s.version(), f.user(), "ip",
                    new WriteupInput("Soon", "renamed", "x", "b", List.of(), null, Status.PUBLISHED, null));
            assertTrue(f.queries().bySlug("soon").isEmpty());
            assertEquals("renamed", f.queries().movedTo("soon").orElseThrow());
            assertEquals(inAnHour.toInstant(), f.queries().bySlug("renamed").orElseThrow().card().publishAt().toInstant(),
                    "publishing keeps the time it went public");

            f.store().delete(published, f.user(), "ip");
            assertEquals(List.of("Soon"), f.queries().archive(20, 0).stream().map(WriteupCard::title).toList());
            assertEquals(1, f.queries().deleted().size());
            assertTrue(f.store().undelete(published, f.user(), "ip"));
            assertEquals(2, f.queries().archiveCount());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void searchRanksThroughTheIndex(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Fixture f = fixture(db, WriteupRenderer.forSite("http://minerdesk.test"));
            saved(f.store().create(f.user(), "ip", input("Immersion cooling", "Tanks of fluid.", Status.PUBLISHED, null)));
            f.clock().advance(Duration.ofMinutes(1));
            saved(f.store().create(f.user(), "ip", input("Power deals", "Sites, power and some cooling.", Status.PUBLISHED, null)));
            saved(f.store().create(f.user(), "ip", input("Cooling draft", "cooling", Status.DRAFT, null)));
            Search search = new Search(db.dsl(), f.queries());
            Search.Outcome o = search.run("cooling", 20, 0);
            assertEquals(2, o.total());
            assertEquals(List.of("Immersion cooling", "Power deals"), o.results().stream().map(r -> r.card().title()).toList());
            assertEquals(List.of("Power deals"), search.run("power cooling", 20, 0).results().stream()
                    .map(r -> r.card().title()).limit(1).toList());
            assertEquals(0, search.run("nonexistentword", 20, 0).total());
            assertEquals(Search.Problem.EMPTY, search.run(" ", 20, 0).problem());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRenderStepCanReportMentionedCompanies(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            DemoData.loadIfEmpty(db);
            long apld = new CompanyQueries(db.dsl()).byTicker("APLD").orElseThrow().id();
            RenderStep tickers = new RenderStep() {
                @Override
                public String beforeMarkdown(String markdown, RenderContext context) {
                    return markdown.replace("{{APLD.change}}", "+15.20 %");
                }

                @Override
                public void onDocument(Node document, RenderContext context) {
                    Node n = document.getFirstChild().getFirstChild();
                    if (n instanceof Text t && t.getLiteral().contains("APLD")) {
                        context.mentionsCompany(apld);
                    }
                }
            };
            Fixture f = fixture(db, WriteupRenderer.forSite("http://minerdesk.test").with(tickers));
            long id = saved(f.store().create(f.user(), "ip", new WriteupInput("APLD rises", "", "s",
                    "APLD moved {{APLD.change}}.", List.of(), LocalDate.of(2025, 11, 28), Status.PUBLISHED, null)));
            assertEquals(List.of(apld), db.dsl().select(Tables.WRITEUP_COMPANIES.COMPANY_ID).from(Tables.WRITEUP_COMPANIES)
                    .where(Tables.WRITEUP_COMPANIES.WRITEUP_ID.eq(id)).fetch(Tables.WRITEUP_COMPANIES.COMPANY_ID));
            assertEquals("APLD moved +15.20 %.", org.jsoup.Jsoup.parse(f.queries().stored(id).orElseThrow().bodyHtml()).text());
            assertFalse(new Search(db.dsl(), f.queries()).run("15.20", 20, 0).results().isEmpty(), "figures are searchable");
        }
    }
}
