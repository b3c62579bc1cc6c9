package com.minerdesk.live;

import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.MarketPaths;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.network.NetworkWeek;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.util.Optional;

/** Evaluates inline figures against a week's figures, formatted exactly as the data pages show them. */
final class InlineFigures {
    private final Fmt fmt;

    InlineFigures(Fmt fmt) {
        this.fmt = fmt;
    }

    InlineValue evaluate(Placeholder.Figure f, WeekFigures data) {
        if (!data.hasWeek()) {
            return InlineValue.missing("There is no market data for this week.");
        }
        String week = "week ending " + fmt.day(data.weekEnd());
        if (f.aboutCompany()) {
            return company(f, data, week);
        }
        if (fromNetworkDays(f)) {
            return network(f, data.network());
        }
        return switch (f.scope()) {
            case "sector" -> sector(f.field(), data.sector(), week);
            default -> economics(f, data.economics(), week);
        };
    }

    private InlineValue company(Placeholder.Figure f, WeekFigures data, String week) {
        String t = f.scope();
        if (!data.knows(t)) {
            return InlineValue.missing("There is no company with ticker " + t + ".");
        }
        Optional<CompanyWeek> found = data.row(t);
        if (found.isEmpty()) {
            return InlineValue.missing(t + " has no trading data in the " + week + ".");
        }
        CompanyWeek r = found.get();
        String href = MarketPaths.company(t);
        return switch (f.field()) {
            case "close" -> new InlineValue(fmt.price(r.close()), href, t + " close, " + week, null);
            case "open" -> new InlineValue(fmt.price(r.open()), href, t + " open, " + week, null);
            case "change" -> r.previousClose() == null
                    ? InlineValue.missing(t + " has no close in the week before the " + week + ", so no weekly change.")
                    : change(r.change(), href, t + " weekly change, " + week + ": close over the previous week's close ("
                    + fmt.number(r.previousClose(), 2) + " → " + fmt.number(r.close(), 2) + ")");
            case "volume" -> new InlineValue(fmt.compact(r.dollarVolume()), href, t + " dollar volume (close × shares, "
                    + fmt.compactCount(r.shares()) + " shares traded), " + week, null);
            case "shares" -> new InlineValue(fmt.compactCount(r.shares()), href, t + " shares traded, " + week, null);
            case "marketcap" -> new InlineValue(fmt.compact(r.marketCap()), href, t + " market cap, " + week
                    + (r.capComputed() ? " (computed: close × shares outstanding)" : ""), null);
            default -> throw new IllegalArgumentException(f.field());
        };
    }

    private InlineValue sector(String field, SectorWeek s, String week) {
        String href = MarketPaths.week(s.weekEnd());
        return switch (field) {
            case "marketcap" -> new InlineValue(fmt.compact(s.capEnd()), href, "Sector market cap, " + week, null);
            case "change" -> change(s.capChangePct(), href, "Sector market cap change, " + week + ", like with like ("
                    + fmt.compact(s.capStart()) + " → " + fmt.compact(s.capEndCompared()) + " over the " + s.compared()
                    + " companies with a close in both weeks)");
            case "gainers" -> new InlineValue(fmt.integer(s.gainers()), href,
                    "Gainers, " + week + " (" + s.gainers() + " of " + s.companies() + ")", null);
            case "decliners" -> new InlineValue(fmt.integer(s.decliners()), href,
                    "Decliners, " + week + " (" + s.decliners() + " of " + s.companies() + ")", null);
            case "volume" -> change(s.dollarVolumeChangePct(), href, "Daily sector dollar volume (close × shares), "
                    + fmt.shortDay(s.firstDay()) + " to " + fmt.shortDay(s.weekEnd()) + " ("
                    + fmt.compact(s.dollarVolumeFirstDay()) + " → " + fmt.compact(s.dollarVolumeLastDay()) + ")");
            default -> throw new IllegalArgumentException(field);
        };
    }

    private InlineValue economics(Placeholder.Figure f, EconomicsWeek e, String week) {
        if (e == null) {
            return InlineValue.missing("There are no sector metrics for the " + week + ".");
        }
        String href = "/economics";
        String as = ", " + week;
        return switch (f.expression()) {
            case "btc.price" -> new InlineValue(fmt.usd(e.btcClose()), href, "BTC price at the last reading" + as, null);
            case "network.hashrate" -> new InlineValue(fmt.hashrate(e.hashrateEhs()), href, "Network hash rate" + as, null);
            case "cost.cash" -> new InlineValue(fmt.usd(e.cashCost()), href, "Cash cost per BTC" + as, null);
            case "cost.allin" -> new InlineValue(fmt.usd(e.allinCost()), href, "All-in cost per BTC" + as, null);
            case "margin.cash" -> change(e.cashMargin(), href, "Cash margin" + as + " (BTC " + fmt.usd(e.btcClose())
                    + ", cash cost " + fmt.usd(e.cashCost()) + ")");
            case "margin.allin" -> change(e.allinMargin(), href, "All-in margin" + as + " (BTC " + fmt.usd(e.btcClose())
                    + ", all-in cost " + fmt.usd(e.allinCost()) + ")");
            default -> throw new IllegalArgumentException(f.expression());
        };
    }

    /** Whether the figure comes from the stored network days (not from the week's sector metrics). */
    static boolean fromNetworkDays(Placeholder.Figure f) {
        return f.expression().equals("network.hashprice") || f.expression().equals("network.hashvalue");
    }

    /** Why a network-days figure cannot be shown for the week, or null when it can. */
    static String networkProblem(Placeholder.Figure f, NetworkWeek n) {
        if (n == null) {
            return "there is no market data for this week";
        }
        String days = "the seven UTC days " + n.firstDay() + " to " + n.lastDay();
        if (!n.complete()) {
            return "network days are stored for " + n.daysStored() + " of " + days + ", so no weekly " + f.field();
        }
        if (f.field().equals("hashprice") && !n.priced()) {
            return (NetworkWeek.DAYS - n.daysPriced()) + " of " + days + " have no BTC price, so no weekly hashprice";
        }
        return null;
    }

    private InlineValue network(Placeholder.Figure f, NetworkWeek n) {
        String problem = networkProblem(f, n);
        if (problem != null) {
            return InlineValue.missing(problem.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + problem.substring(1) + ".");
        }
        String over = ", mean of the UTC days " + fmt.day(n.firstDay()) + " to " + fmt.day(n.lastDay())
                + (n.daysEstimated() > 0 ? " (" + n.daysEstimated() + " with the hash rate estimated from difficulty and blocks)" : "");
        String href = "/network";
        return f.field().equals("hashprice")
                ? new InlineValue("$" + fmt.number(n.meanHashpriceUsdPerPhDay(), 2) + "/PH/s/day", href, "Hashprice" + over, null)
                : new InlineValue(fmt.number(n.meanHashvalueBtcPerPhDay().movePointRight(8), 0) + " sat/PH/s/day", href,
                        "Hashvalue" + over, null);
    }

    private InlineValue change(BigDecimal ratio, String href, String title) {
        if (ratio == null) {
            return InlineValue.missing(title + ": not available");
        }
        return new InlineValue(fmt.pct(ratio), href, title, "change " + fmt.direction(ratio));
    }
}
