package com.minerdesk.prices;

import java.time.LocalDate;
import java.util.List;

/** A source of end-of-day bars, one call per ticker and date range. */
interface PriceProvider {

    String name();

    /** The bars the provider has for the ticker in the range, oldest first; none for a day it has none. */
    List<ProviderBar> bars(String ticker, LocalDate from, LocalDate to);
}
