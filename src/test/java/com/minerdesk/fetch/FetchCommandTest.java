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
        java.time.LocalDate today = java.time.LocalDate.of(2025, 12, 5);
        FetchCommand.Options o = FetchCommand.options(new String[] {"--tickers", "abtc, APLD", "--from", "2025-12-01"}, today);
        assertEquals(List.of("ABTC", "APLD"), List.copyOf(o.tickers()));
        assertEquals(java.time.LocalDate.of(2025, 12, 1), o.from());
        assertEquals(today, o.to());
        assertEquals(today.minusDays(7), FetchCommand.options(new String[0], today).from(), "the last seven days");
        assertThrows(IllegalArgumentException.class, () -> FetchCommand.options(new String[] {"--tickers", "a b!"}, today));
        assertThrows(IllegalArgumentException.class, () -> FetchCommand.options(new String[] {"--from"}, today));
        assertThrows(IllegalArgumentException.class, () -> FetchCommand.options(new String[] {"--from", "1 Dec"}, today));
        assertThrows(IllegalArgumentException.class,
                () -> FetchCommand.options(new String[] {"--from", "2025-12-06", "--to", "2025-12-01"}, today));
    }

    @Test
    void anUnknownSourceNamesWhatTheCommandFetches() {
        Config config = Config.from(Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FetchCommand.run(config, new String[] {"network"}, OUT));
        assertTrue(e.getMessage().startsWith("Usage: fetch edgar|prices"), e.getMessage());
    }
}
