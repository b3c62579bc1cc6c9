package com.minerdesk.feeds;

import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.writeups.WriteupFeedQueries;
import java.util.List;

/** What the {@code /subscribe} page lists: every feed, with what it contains. */
final class SubscribeCatalog {
    private final MarketData market;
    private final WriteupFeedQueries writeups;

    SubscribeCatalog(MarketData market, WriteupFeedQueries writeups) {
        this.market = market;
        this.writeups = writeups;
    }

    /** A kind of feed; {@code rows} lists one line per company or topic where there is one feed each. */
    record Group(String name, String contents, List<Link> links, List<Row> rows) {
    }

    record Row(String label, String pageHref, List<Link> links) {
    }

    record Link(String format, String href) {
    }

    List<Group> groups() {
        Group everything = new Group("Everything",
                "The " + WriteupFeeds.ENTRIES + " latest write-ups, newest first: weekly commentary on the listed miners, "
                        + "the cost of mining a bitcoin and the move into AI and HPC data centres, each in full.",
                formats("", FeedFormat.values()), List.of());
        Group topics = new Group("One topic",
                "The write-ups with one tag, in full, newest first.", List.of(),
                writeups.publicTags().stream().map(t -> new Row(t.tag().name(), "/tags/" + t.tag().slug(),
                        formats("/tags/" + t.tag().slug(), FeedFormat.RSS, FeedFormat.ATOM))).toList());
        Group companies = new Group("One company",
                "The write-ups that mention a company or are linked to it, in full, newest first. A company nobody "
                        + "has written about yet has an empty feed that fills when a write-up mentions it.", List.of(),
                market.companies().all().stream().map(c -> new Row(c.ticker() + " · " + c.name(),
                        MarketPaths.company(c.ticker()), formats(MarketPaths.company(c.ticker()), FeedFormat.RSS, FeedFormat.ATOM)))
                        .toList());
        return List.of(everything, weeks(), topics, companies);
    }

    private static Group weeks() {
        return new Group("Market weeks",
                "One entry per completed market week (published when the week's Friday has ended in New York): the "
                        + "sector's market cap and its change, gainers and decliners, the top and bottom three movers, "
                        + "the BTC price and the cash and all-in margins of mining, linking to the week's full table. "
                        + "Written from the data alone, no editor involved.",
                formats("/weeks", FeedFormat.RSS, FeedFormat.ATOM), List.of());
    }

    static List<Link> formats(String basePath, FeedFormat... formats) {
        return java.util.Arrays.stream(formats)
                .map(f -> new Link(label(f), basePath + "/" + f.fileName()))
                .toList();
    }

    private static String label(FeedFormat f) {
        return switch (f) {
            case RSS -> "RSS";
            case ATOM -> "Atom";
            case JSON -> "JSON Feed";
        };
    }
}
