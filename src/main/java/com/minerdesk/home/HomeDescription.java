package com.minerdesk.home;

import com.minerdesk.market.SectorWeek;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.PageMeta;
import java.util.Map;

/** The home page's meta description: the latest week in one sentence, for search results and shares. */
final class HomeDescription {
    private HomeDescription() {
    }

    static String of(Map<String, Object> model, Fmt fmt) {
        if (!(model.get("sector") instanceof SectorWeek s)) {
            return PageMeta.DEFAULT_DESCRIPTION;
        }
        return "The listed Bitcoin miners in the week ending " + fmt.day(s.weekEnd()) + ": sector cap "
                + fmt.compact(s.capEnd()) + (s.capChangePct() == null ? "" : " (" + fmt.pct(s.capChangePct()) + ")")
                + ", " + s.gainers() + " gainers and " + s.decliners() + " decliners; the cost of producing one BTC "
                + "and the miners' AI/HPC pivots.";
    }
}
