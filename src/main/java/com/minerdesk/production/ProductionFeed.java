package com.minerdesk.production;

import static com.minerdesk.db.generated.Tables.COMPANIES;
import static com.minerdesk.db.generated.Tables.MONTHLY_REPORTS;

import com.minerdesk.db.generated.tables.records.MonthlyReportsRecord;
import com.minerdesk.feeds.ConditionalGet;
import com.minerdesk.feeds.Feed;
import com.minerdesk.feeds.FeedEntry;
import com.minerdesk.feeds.FeedFormat;
import com.minerdesk.feeds.FeedIds;
import com.minerdesk.market.Company;
import com.minerdesk.web.Fmt;
import com.minerdesk.web.Pages;
import io.javalin.http.Handler;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@code /production/feed.xml|atom.xml}: an entry each time a company's report for a month is
 * entered (a first version or a restatement), newest first; the company feeds carry their own.
 */
public final class ProductionFeed {
    static final int ENTRIES = 40;
    private static final Fmt FMT = new Fmt(ZoneOffset.UTC);
    private final DSLContext dsl;
    private final FeedIds ids;
    private final String base;

    ProductionFeed(DSLContext dsl, Pages pages) {
        this.dsl = dsl;
        this.ids = new FeedIds(pages.baseUrl());
        this.base = pages.baseUrl();
    }

    public Handler feed(FeedFormat format) {
        return ctx -> {
            Feed feed = Feed.of(ids.of("production"), Pages.SITE_NAME + ": monthly production reports",
                    "Each listed miner's monthly operating report as it is entered or restated, newest first.",
                    base + "/production", base + "/production", Pages.SITE_NAME, entries(DSL.noCondition()), Instant.EPOCH);
            ConditionalGet.send(ctx, format.contentType(), format.write(feed), feed.updated());
        };
    }

    /** A company's report entries, for its feed. */
    public List<FeedEntry> company(Company company) {
        return entries(MONTHLY_REPORTS.COMPANY_ID.eq(company.id()));
    }

    private List<FeedEntry> entries(Condition which) {
        List<FeedEntry> out = new ArrayList<>();
        dsl.select(COMPANIES.TICKER, MONTHLY_REPORTS).from(MONTHLY_REPORTS)
                .join(COMPANIES).on(COMPANIES.ID.eq(MONTHLY_REPORTS.COMPANY_ID)).where(which)
                .orderBy(MONTHLY_REPORTS.RECORDED_AT.desc(), MONTHLY_REPORTS.ID.desc()).limit(ENTRIES)
                .forEach(r -> out.add(entry(r.value1(), r.value2())));
        return out;
    }

    private FeedEntry entry(String ticker, MonthlyReportsRecord r) {
        String month = ProductionPaths.monthParam(r.getReportMonth());
        boolean restated = r.getVersion() > 1;
        String title = ticker + " " + FMT.month(r.getReportMonth()) + ": " + btc(r.getBtcProduced()) + " produced"
                + (restated ? " (restated)" : "") + (r.getSample() ? " (sample)" : "");
        String summary = ticker + " reported for " + FMT.month(r.getReportMonth()) + ": " + btc(r.getBtcProduced())
                + " produced, " + btc(r.getBtcHeld()) + " held at month end, operating hash rate "
                + (r.getOperatingEhs() == null ? "not reported" : FMT.number(r.getOperatingEhs(), 2) + " EH/s") + "."
                + (restated ? " This restates an earlier version." : "")
                + (r.getSample() ? " Sample values." : r.getSourceUrl() == null ? "" : " Source: " + r.getSourceUrl());
        Instant at = r.getRecordedAt().toInstant();
        return new FeedEntry(ids.of("production/company-" + r.getCompanyId() + "/" + month + "/v" + r.getVersion()), title,
                base + ProductionPaths.month(r.getReportMonth()) + "#row-" + ticker, at, at, Pages.SITE_NAME,
                List.of(ticker, "production"), summary, null);
    }

    private static String btc(BigDecimal v) {
        return v == null ? "BTC not reported" : FMT.number(v, 2) + " BTC";
    }
}
