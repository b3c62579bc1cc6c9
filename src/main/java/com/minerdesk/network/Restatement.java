package com.minerdesk.network;

import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How a page says that a day's figures were restated: "restated on 2 Dec 2025 from fees 4.2 BTC; source …". */
public final class Restatement {
    private Restatement() {
    }

    static String describe(NetworkDay now, NetworkQueries.Replaced was, Fmt fmt) {
        List<String> from = new ArrayList<>();
        changed(from, "difficulty", was.difficulty(), now.difficulty(), "");
        if (was.blocks() != now.blocks()) {
            from.add(was.blocks() + " blocks");
        }
        changed(from, "subsidy", was.subsidyBtc(), now.subsidyBtc(), " BTC");
        changed(from, "fees", was.feesBtc(), now.feesBtc(), " BTC");
        if (now.hashrateEstimated() != (was.hashrateEhs() == null)
                || was.hashrateEhs() != null && was.hashrateEhs().compareTo(now.hashrateEhs()) != 0) {
            from.add(was.hashrateEhs() == null ? "no reported hash rate" : "hash rate " + plain(was.hashrateEhs()) + " EH/s");
        }
        if (!Objects.equals(was.sourceUrl(), now.sourceUrl())) {
            from.add(was.sourceUrl() == null ? "no source address" : "source " + was.sourceUrl());
        }
        return "restated on " + fmt.day(was.restatedOn()) + (from.isEmpty() ? "" : " from " + String.join(", ", from));
    }

    private static void changed(List<String> out, String name, BigDecimal was, BigDecimal now, String unit) {
        if (was.compareTo(now) != 0) {
            out.add(name + " " + plain(was) + unit);
        }
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
