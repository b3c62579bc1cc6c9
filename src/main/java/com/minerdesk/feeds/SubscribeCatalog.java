package com.minerdesk.feeds;

import java.util.List;

/** What the {@code /subscribe} page lists: every feed, with what it contains. */
final class SubscribeCatalog {

    /** A kind of feed; {@code rows} lists one line per company or topic where there is one feed each. */
    record Group(String name, String contents, List<Link> links, List<Row> rows) {
    }

    record Row(String label, String pageHref, List<Link> links) {
    }

    record Link(String format, String href) {
    }

    List<Group> groups() {
        return List.of(new Group("Market weeks",
                "One entry per completed market week (published when the week's Friday has ended in New York): the "
                        + "sector's market cap and its change, gainers and decliners, the top and bottom three movers, "
                        + "the BTC price and the cash and all-in margins of mining, linking to the week's full table. "
                        + "Written from the data alone, no editor involved.",
                formats("/weeks", FeedFormat.RSS, FeedFormat.ATOM), List.of()));
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
