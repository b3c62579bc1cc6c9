package com.minerdesk.sharing;

import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.web.Fmt;
import com.minerdesk.writeups.WriteupCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The cards of the three kinds of page, from the same figures the pages show, formatted as they are. */
final class CardContent {
    private final Fmt fmt;

    CardContent(Fmt fmt) {
        this.fmt = fmt;
    }

    /** The week page's headline figures and its chart: each miner's change, highest to lowest. */
    Card week(SectorWeek sector, List<CompanyWeek> rows, boolean sample) {
        return new Card("Market week", "Listed Bitcoin miners, week ending " + fmt.day(sector.weekEnd()), null,
                sectorFigures(sector), changes(rows, sector), sample);
    }

    /** The company page's latest week and its chart: about a quarter of daily closes. */
    Card company(Company company, CompanyWeek latest, List<DailyBar> bars, boolean sample) {
        List<Card.Figure> figures = new ArrayList<>();
        if (latest != null && latest.hasData()) {
            figures.add(new Card.Figure("Close " + fmt.shortDay(latest.weekEnd()), fmt.price(latest.close()), 0));
            figures.add(new Card.Figure("Week's change", fmt.pct(latest.change()), sign(latest.change())));
            if (latest.marketCap() != null) {
                figures.add(new Card.Figure("Market cap", fmt.compact(latest.marketCap()), 0));
            }
        }
        Card.Chart chart = bars.size() < 2 ? null : new Card.Chart("Daily close, " + fmt.day(bars.get(0).date()) + " to "
                + fmt.day(bars.get(bars.size() - 1).date()), bars.stream().map(b -> b.close().doubleValue()).toList(), false);
        return new Card("Company · " + company.exchange(), company.ticker() + " · " + company.name(), null, figures, chart, sample);
    }

    /** A write-up without a featured image: its title and byline, and the figures of the week it covers. */
    Card writeup(WriteupCard w, SectorWeek sector, List<CompanyWeek> rows, boolean sample) {
        String byline = "By " + w.authorName() + " · " + fmt.day(w.publishAt().toLocalDate());
        if (sector == null) {
            return new Card("Write-up", w.title(), byline, List.of(), null, sample);
        }
        return new Card("Write-up", w.title(), byline, sectorFigures(sector), changes(rows, sector), sample);
    }

    private List<Card.Figure> sectorFigures(SectorWeek sector) {
        List<Card.Figure> figures = new ArrayList<>();
        figures.add(new Card.Figure("Sector market cap", fmt.compact(sector.capEnd()), 0));
        if (sector.capChangePct() != null) {
            figures.add(new Card.Figure("Change on the week", fmt.pct(sector.capChangePct()), sign(sector.capChangePct())));
        }
        figures.add(new Card.Figure("Gainers / decliners", sector.gainers() + " / " + sector.decliners(), 0));
        return figures;
    }

    private Card.Chart changes(List<CompanyWeek> rows, SectorWeek sector) {
        List<Double> values = rows.stream().filter(r -> r.change() != null)
                .sorted(Comparator.comparing(CompanyWeek::change).reversed().thenComparing(CompanyWeek::ticker))
                .map(r -> r.change().doubleValue()).toList();
        return values.size() < 2 ? null : new Card.Chart("Weekly change of each of the " + values.size()
                + " listed miners, week ending " + fmt.day(sector.weekEnd()), values, true);
    }

    private static int sign(BigDecimal value) {
        return value == null ? 0 : value.signum();
    }
}
