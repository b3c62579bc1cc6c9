package com.minerdesk.desk.imports;

import com.minerdesk.market.DailyBar;
import java.time.LocalDate;

/** A valid daily-bar line of an uploaded file: its line number, the company's ticker and the bar. */
public record BarRow(int line, String ticker, DailyBar bar) {

    public LocalDate date() {
        return bar.date();
    }
}
