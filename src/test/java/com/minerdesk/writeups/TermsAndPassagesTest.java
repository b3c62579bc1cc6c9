package com.minerdesk.writeups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search terms and passages, and the page links. */
class TermsAndPassagesTest {

    @Test
    void termsAreFoldedStemmedAndFreeOfStopWords() {
        assertEquals(List.of("miner", "cost", "rose", "91000", "abtc", "5.75", "cafe"),
                Terms.of("The miners' costs rose to 91,000; ABTC's 5.75 at the café"));
        assertEquals(List.of("company", "analysi", "process"), Terms.of("companies analysis process"));
        assertEquals(List.of("abtc"), Terms.of("ABTC\u2019s"));
    }

    @Test
    void thePassageIsTheWindowWithTheMostQueryTerms() {
        String text = "Alpha beta gamma. " + "Filler words here. ".repeat(20) + "Power and cooling together at last. "
                + "More filler. ".repeat(20) + "Cooling alone.";
        List<Passage.Segment> p = Passage.best(text, Set.of("power", "cooling"));
        assertEquals(List.of("Power", "cooling"), p.stream().filter(Passage.Segment::hit).map(Passage.Segment::text).toList());
        String joined = String.join("", p.stream().map(Passage.Segment::text).toList());
        assertTrue(joined.startsWith("… ") && joined.endsWith(" …"), joined);
        assertTrue(Passage.best(text, Set.of("absent")).isEmpty());
    }

    @Test
    void pagerLinksKeepTheQueryAndElideFarPages() {
        Pager p = new Pager(7, 20, 400, "/search?q=x&");
        assertEquals(20, p.lastPage());
        assertEquals("/search?q=x", p.link(1));
        assertEquals("/search?q=x&page=6", p.previousLink());
        assertEquals(List.of(1, 0, 5, 6, 7, 8, 9, 0, 20), p.numbers());
        assertEquals(List.of(1), new Pager(1, 20, 0, "/writeups?").numbers());
    }
}
