package com.minerdesk.desk.imports;

import com.minerdesk.market.DailyBar;

/** A daily bar with the id of its company, as stored. */
record StoredBar(long companyId, DailyBar bar) {

    BarKey key() {
        return new BarKey(companyId, bar.date());
    }
}
