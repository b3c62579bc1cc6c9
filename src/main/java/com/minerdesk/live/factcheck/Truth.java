package com.minerdesk.live.factcheck;

import com.minerdesk.live.WeekFigures;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.EconomicsWeek;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.web.Fmt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the data says for a claim: the acceptable values in base units (BTC: the week's last
 * reading or its high), each also as the pages show it (for a writer who rounded the shown
 * figure), how the data pages write it, and the source figures behind it.
 */
record Truth(List<BigDecimal> values, List<BigDecimal> shown, String says, String source) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Null when the data has no such figure (then nothing is claimed to be wrong). */
    static Truth of(Claim c, WeekFigures data, Fmt fmt) {
        if (!data.hasWeek()) {
            return null;
        }
        SectorWeek s = data.sector();
        EconomicsWeek e = data.economics();
        String week = "week ending " + fmt.day(data.weekEnd());
        if (c.metric().aboutCompany()) {
            CompanyWeek r = data.row(c.ticker()).orElse(null);
            if (r == null) {
                return null;
            }
            // the change's own figures: the previous week's close → this week's close
            String prices = fmt.number(r.previousClose(), 2) + " → " + fmt.number(r.close(), 2);
            return switch (c.metric()) {
                case CHANGE -> pct(r.change(), fmt, prices);
                case OPEN -> price(r.open(), fmt, week + ": opened at " + fmt.number(r.open(), 2));
                case PREVIOUS_CLOSE -> price(r.previousClose(), fmt, week + ": " + prices);
                case CLOSE -> price(r.close(), fmt, week + ": " + prices);
                default -> compact(r.marketCap() == null ? null : BigDecimal.valueOf(r.marketCap()), fmt, week);
            };
        }
        String caps = fmt.compact(s.capStart()) + " → " + fmt.compact(s.capEndCompared())
                + (s.leftOut() == 0 ? "" : " over the " + s.compared() + " companies with a close in both weeks");
        String counts = s.gainers() + " gainers and " + s.decliners() + " decliners of " + s.companies();
        String volumes = fmt.compact(s.dollarVolumeFirstDay()) + " on " + fmt.shortDay(s.firstDay()) + " → "
                + fmt.compact(s.dollarVolumeLastDay()) + " on " + fmt.shortDay(s.weekEnd()) + ", close × shares";
        return switch (c.metric()) {
            case SECTOR_CAP_END -> compact(BigDecimal.valueOf(s.capEnd()), fmt, caps);
            case SECTOR_CAP_START -> s.capStart() == null ? null : compact(BigDecimal.valueOf(s.capStart()), fmt, caps);
            case SECTOR_CAP_CHANGE -> pct(s.capChangePct(), fmt, caps);
            case SECTOR_CAP_CHANGE_USD -> s.capChange() == null ? null : compact(BigDecimal.valueOf(s.capChange()), fmt, caps);
            case GAINERS -> count(s.gainers(), counts);
            case DECLINERS -> count(s.decliners(), counts);
            case COMPANIES -> count(s.companies(), counts);
            case VOLUME_CHANGE -> pct(s.dollarVolumeChangePct(), fmt, volumes);
            case VOLUME_FIRST -> compact(s.dollarVolumeFirstDay(), fmt, volumes);
            case VOLUME_LAST -> compact(s.dollarVolumeLastDay(), fmt, volumes);
            default -> e == null ? null : economics(c.metric(), e, fmt, week);
        };
    }

    private static Truth economics(Metric m, EconomicsWeek e, Fmt fmt, String week) {
        return switch (m) {
            case CASH_COST -> usd(e.cashCost(), fmt, week);
            case ALLIN_COST -> usd(e.allinCost(), fmt, week);
            case CASH_MARGIN -> pct(e.cashMargin(), fmt, "BTC " + fmt.usd(e.btcClose()) + ", cash cost " + fmt.usd(e.cashCost()));
            case ALLIN_MARGIN -> pct(e.allinMargin(), fmt, "BTC " + fmt.usd(e.btcClose()) + ", all-in cost " + fmt.usd(e.allinCost()));
            case HASHRATE -> e.hashrateEhs() == null ? null : new Truth(List.of(e.hashrateEhs()), List.of(e.hashrateEhs()),
                    fmt.hashrate(e.hashrateEhs()), "as of " + fmt.day(e.asOf()));
            case BTC_PRICE -> e.btcClose() == null ? null : new Truth(List.of(e.btcClose(), e.btcHigh()),
                    List.of(e.btcClose(), e.btcHigh()), fmt.usd(e.btcClose()),
                    "last reading " + fmt.day(e.asOf()) + "; week high " + fmt.usd(e.btcHigh()));
            default -> throw new IllegalArgumentException(m.name());
        };
    }

    private static Truth pct(BigDecimal ratio, Fmt fmt, String source) {
        if (ratio == null) {
            return null;
        }
        BigDecimal percent = ratio.multiply(HUNDRED);
        return new Truth(List.of(percent), List.of(percent.setScale(2, RoundingMode.HALF_UP)), fmt.pct(ratio), source);
    }

    private static Truth price(BigDecimal usd, Fmt fmt, String source) {
        return usd == null ? null : new Truth(List.of(usd), List.of(usd.setScale(2, RoundingMode.HALF_UP)), fmt.price(usd), source);
    }

    private static Truth usd(BigDecimal usd, Fmt fmt, String source) {
        return usd == null ? null : new Truth(List.of(usd), List.of(usd), fmt.usd(usd), source);
    }

    /** Shown as the pages show it: $67.89B, rounded at the second decimal of its B, M or K. */
    private static Truth compact(BigDecimal usd, Fmt fmt, String source) {
        if (usd == null) {
            return null;
        }
        BigDecimal abs = usd.abs();
        int power = abs.compareTo(BigDecimal.ONE.movePointRight(9)) >= 0 ? 9
                : abs.compareTo(BigDecimal.ONE.movePointRight(6)) >= 0 ? 6 : abs.compareTo(BigDecimal.ONE.movePointRight(3)) >= 0 ? 3 : 0;
        BigDecimal shown = usd.movePointLeft(power).setScale(power == 0 ? 0 : 2, RoundingMode.HALF_UP).movePointRight(power);
        return new Truth(List.of(usd), List.of(shown), fmt.compact(usd), source);
    }

    private static Truth count(int n, String source) {
        BigDecimal v = BigDecimal.valueOf(n);
        return new Truth(List.of(v), List.of(v), Integer.toString(n), source);
    }
}
