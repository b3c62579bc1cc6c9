package com.minerdesk.market;

/** A daily bar as a page shows it: with its market cap, imported or computed from the shares outstanding. */
public record DailyRow(DailyBar bar, Long marketCap, boolean capImported) {

    public boolean capComputed() {
        return marketCap != null && !capImported;
    }
}
