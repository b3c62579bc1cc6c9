package com.minerdesk.feeds;

import com.minerdesk.market.Company;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.web.Pages;
import com.minerdesk.writeups.FeedWriteup;
import com.minerdesk.writeups.Tag;
import com.minerdesk.writeups.WriteupFeedQueries;
import java.util.List;

/**
 * The write-up feeds: the site's (the latest write-ups), one per tag and one per company. Entries
 * carry the write-up's number in their id, so a changed slug never makes a new entry.
 */
final class WriteupFeeds {
    static final int ENTRIES = 20;
    private final WriteupFeedQueries writeups;
    private final FeedIds ids;
    private final SiteChanges changes;
    private final String base;

    WriteupFeeds(WriteupFeedQueries writeups, FeedIds ids, SiteChanges changes, String baseUrl) {
        this.writeups = writeups;
        this.ids = ids;
        this.changes = changes;
        this.base = baseUrl;
    }

    Feed site() {
        return feed("writeups", Pages.SITE_NAME,
                "Weekly write-ups on the listed Bitcoin miners: how their shares traded, what it costs them to mine a "
                        + "bitcoin, and their move into AI and HPC data centres.",
                "/", "", writeups.latest(ENTRIES));
    }

    Feed tag(Tag tag) {
        String path = "/tags/" + tag.slug();
        return feed("tags/" + tag.slug(), Pages.SITE_NAME + ": " + tag.name(),
                "Minerdesk write-ups tagged " + tag.name() + ", newest first.", path, path,
                writeups.byTag(tag.slug(), ENTRIES));
    }

    Feed company(Company company) {
        String path = MarketPaths.company(company.ticker());
        return feed("companies/" + company.ticker(), Pages.SITE_NAME + ": " + company.name() + " (" + company.ticker() + ")",
                "Minerdesk write-ups that mention " + company.name() + " (" + company.ticker() + ") or are linked to it, "
                        + "newest first.", path, path, writeups.byCompany(company.id(), ENTRIES));
    }

    private Feed feed(String id, String title, String description, String homePath, String feedPath, List<FeedWriteup> items) {
        return Feed.of(ids.of(id), title, description, base + homePath, base + feedPath, Pages.SITE_NAME,
                items.stream().map(this::entry).toList(), changes.lastChange());
    }

    private FeedEntry entry(FeedWriteup w) {
        return new FeedEntry(ids.of("writeups/" + w.id()), w.title(), base + w.path(), w.publishAt().toInstant(),
                w.lastChange().toInstant(), w.authorName(), w.tags().stream().map(Tag::name).toList(), w.summary(),
                w.bodyHtml());
    }
}
