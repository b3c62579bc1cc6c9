package com.minerdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.app.Config;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of {@code fetch}: its options, and a clear line for what it cannot do. */
class FetchCommandTest {
    private static final PrintStream OUT = new PrintStream(new ByteArrayOutputStream());

    @Test
    void tickersAreReadInAnyCaseAndCheckedAsTickers() {
        assertEquals(List.of("ABTC", "APLD"), List.copyOf(FetchCommand.tickers(new String[] {"--tickers", "abtc, APLD"})));
        assertTrue(FetchCommand.tickers(new String[0]).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> FetchCommand.tickers(new String[] {"--tickers", "a b!"}));
        assertThrows(IllegalArgumentException.class, () -> FetchCommand.tickers(new String[] {"--from"}));
    }

    @Test
    void anUnknownSourceNamesWhatTheCommandFetches() {
        Config config = Config.from(Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FetchCommand.run(config, new String[] {"prices"}, OUT));
        assertTrue(e.getMessage().startsWith("Usage: fetch edgar"), e.getMessage());
    }
}
