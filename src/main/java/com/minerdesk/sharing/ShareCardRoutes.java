package com.minerdesk.sharing;

import com.minerdesk.market.Company;
import com.minerdesk.market.CompanyWeek;
import com.minerdesk.market.DailyBar;
import com.minerdesk.market.MarketData;
import com.minerdesk.market.MarketWeek;
import com.minerdesk.market.SectorWeek;
import com.minerdesk.market.WeekSort;
import com.minerdesk.web.Fmt;
import com.minerdesk.writeups.WriteupCard;
import com.minerdesk.writeups.WriteupQueries;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The share cards: {@code /cards/weeks/{date}.png}, {@code /cards/companies/{TICKER}.png} and
 * {@code /cards/writeups/{slug}.png}, drawn from the page's figures on request. They are public GET
 * responses, so the page cache keeps them per generation like the pages: a card is drawn again only
 * after a write (or a time boundary) and shared by every reader meanwhile.
 */
public final class ShareCardRoutes {
    /** As on the company page: about a quarter of daily closes. */
    static final int CHART_WEEKS = 13;
    private final MarketData data;
    private final WriteupQueries writeups;
    private final CardContent content;
    private final BooleanSupplier sampleData;

    public ShareCardRoutes(MarketData data, WriteupQueries writeups, Fmt fmt, BooleanSupplier sampleData) {
        this.data = data;
        this.writeups = writeups;
        this.content = new CardContent(fmt);
        this.sampleData = sampleData;
    }

    public void week(Context ctx) {
        LocalDate weekEnd = data.lookup().canonicalWeek(ctx, d -> "/cards/weeks/" + d + ".png").orElse(null);
        if (weekEnd == null) {
            return;
        }
        SectorWeek sector = data.weeks().sector(weekEnd).orElseThrow(NotFoundResponse::new);
        png(ctx, content.week(sector, rows(weekEnd), sampleData.getAsBoolean()));
    }

    public void company(Context ctx) {
        Company company = data.lookup().canonicalCompany(ctx, t -> "/cards/companies/" + t + ".png").orElse(null);
        if (company == null) {
            return;
        }
        List<CompanyWeek> latest = data.companies().weeklyHistory(company, 1);
        LocalDate last = data.companies().lastTradingDay(company).orElse(null);
        List<DailyBar> bars = last == null ? List.of()
                : data.companies().dailyBars(company, MarketWeek.monday(last).minusWeeks(CHART_WEEKS - 1L), last);
        png(ctx, content.company(company, latest.isEmpty() ? null : latest.get(0), bars, sampleData.getAsBoolean()));
    }

    public void writeup(Context ctx) {
        WriteupCard w = writeups.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("There is no published write-up at this address.")).card();
        SectorWeek sector = w.weekEnd() == null ? null : data.weeks().sector(w.weekEnd()).orElse(null);
        png(ctx, content.writeup(w, sector, sector == null ? List.of() : rows(w.weekEnd()), sampleData.getAsBoolean()));
    }

    private List<CompanyWeek> rows(LocalDate weekEnd) {
        return data.weeks().table(weekEnd, WeekSort.CHANGE, false);
    }

    private static void png(Context ctx, Card card) {
        ctx.contentType("image/png").result(CardPainter.png(card));
    }
}
