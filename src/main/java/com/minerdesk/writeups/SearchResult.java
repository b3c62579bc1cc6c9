package com.minerdesk.writeups;

import java.util.List;

/** One search result: the write-up and the passage that matches best. */
public record SearchResult(WriteupCard card, List<Passage.Segment> passage) {
}
