package com.minerdesk.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one ticker rule, as addresses, forms and placeholders read it. */
class TickersTest {

    @Test
    void anyLetterCaseIsTheSameTickerAndWhatCannotBeOneIsNull() {
        assertEquals("HUT.TO", Tickers.normalised(" hut.to "));
        assertEquals("ABTC", Tickers.normalised("Abtc"));
        assertNull(Tickers.normalised("-ABTC"), "starts with a capital or digit");
        assertNull(Tickers.normalised("ABCDEFGHIJKLM"), "at most 12 characters");
        assertNull(Tickers.normalised("AB TC"));
        assertNull(Tickers.normalised(""));
        assertNull(Tickers.normalised(null));
        assertFalse(Tickers.valid("abtc"), "stored tickers are in capitals");
        assertTrue(Tickers.valid("BTC-USD"));
    }

    @Test
    void aProseWordIsCapitalsWithAtMostOneDottedSuffix() {
        Pattern word = Pattern.compile(Tickers.PROSE_WORD);
        assertTrue(word.matcher("HUT.TO").matches());
        assertTrue(word.matcher("ABTC").matches());
        assertFalse(word.matcher("9ABC").matches(), "a word starts with a letter");
        assertFalse(word.matcher("BTC-USD").matches(), "a dash ends the word");
    }
}
